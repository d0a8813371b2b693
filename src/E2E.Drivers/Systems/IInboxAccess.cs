using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using Microsoft.Playwright;

namespace E2E.Drivers.Systems;

/// <summary>
/// P12: a person logged in for their own unit asks for another unit's inbox, in the pages (by address: no menu leads
/// there) and through the API with their own unit's token. What the system answered comes back either way.
/// </summary>
public interface IInboxAccess : ICareSystemAdapter
{
    Task<Attempt> TryOpenInboxOfAsync(IPage page, KnownUnit otherUnit);

    Task<ApiAttempt> TryReadInboxThroughApiAsync(KnownUnit actingUnit, KnownUnit otherUnit);
}
