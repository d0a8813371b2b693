using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Ui;
using E2E.Organisation;
using Microsoft.Playwright;

namespace E2E.Drivers;

/// <summary>Gives each unit's nurse their own browser context, logged in to the right system once per scenario.</summary>
public sealed class NurseLoginDriver(ScenarioBrowser browser, TenantEndpoints endpoints)
{
    public const string NurseRole = "Sjuksköterska";
    private readonly HashSet<(string, CareSystem)> _loggedIn = [];

    public Uri BaseUrlOf(CareSystem system) => system == CareSystem.Samsa ? endpoints.Samsa : endpoints.Samvy;

    public async Task<IPage> NurseAtAsync(KnownUnit unit, CareSystem system)
    {
        var page = await browser.PageForAsync($"sjuksköterskan på {unit.BusinessName}");
        if (_loggedIn.Add((unit.HsaId, system)))
            await new LoginPage(page, BaseUrlOf(system), system).LogInAsync(NurseAt(unit), NurseRole, unit);
        return page;
    }

    // The unit's first nurse in the shared staff catalogue: the same person the API clients act as.
    private static StaffMember NurseAt(KnownUnit unit) =>
        StaffCatalogue.AtUnit(unit.HsaId).FirstOrDefault(s => s.Assignments.Any(a => a.UnitHsaId == unit.HsaId && a.Role == NurseRole))
        ?? throw new InvalidOperationException($"Personalkatalogen har ingen sjuksköterska på {unit.DisplayName}.");
}
