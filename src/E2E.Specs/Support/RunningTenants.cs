using E2E.Core.Settings;

namespace E2E.Specs.Support;

/// <summary>The tenants of the running test run, for the suite's own tests (e.g. audits after scenarios ran).</summary>
public static class RunningTenants
{
    /// <summary>Throws with a Swedish message when no test run is started.</summary>
    public static TenantEndpoints Endpoints => TestRun.Current.Endpoints;
}
