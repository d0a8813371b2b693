using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Ui;
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
            await new LoginPage(page, BaseUrlOf(system), system).LogInAsync(NurseRole, unit);
        return page;
    }
}
