using E2E.Core.Settings;
using E2E.Organisation;

namespace E2E.Drivers.Systems;

public static class TenantAddresses
{
    /// <summary>Where a system's pages and API live in this environment.</summary>
    public static Uri BaseUrlOf(this TenantEndpoints endpoints, CareSystem system) =>
        system == CareSystem.Samsa ? endpoints.Samsa : endpoints.Samvy;
}
