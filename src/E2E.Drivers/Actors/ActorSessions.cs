using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Attempts;
using E2E.Drivers.Systems;
using E2E.Drivers.Ui;
using E2E.Organisation;
using Microsoft.Playwright;

namespace E2E.Drivers.Actors;

/// <summary>Each actor works in their own browser context, logged in to a system once per scenario.</summary>
public sealed class ActorSessions(ScenarioBrowser browser, TenantEndpoints endpoints)
{
    private readonly HashSet<(string Person, string Unit, CareSystem System)> _signedIn = [];

    public async Task<IPage> SignedInAsync(Actor actor, CareSystem system)
    {
        var page = await browser.PageForAsync(actor.Description);
        if (_signedIn.Add((actor.Person.HsaId, actor.Unit.HsaId, system)))
            await new LoginPage(page, endpoints.BaseUrlOf(system), system).LogInAsync(actor.Person, actor.Role, actor.Unit);
        return page;
    }

    /// <summary>A login the system may refuse (P12): what the person was told; a login that went through counts as signed in.</summary>
    public async Task<Attempt> TryLogInAsync(Actor actor, CareSystem system)
    {
        var page = await browser.PageForAsync(actor.Description);
        var attempt = await new LoginPage(page, endpoints.BaseUrlOf(system), system).TryLogInAsync(actor.Person, actor.Role, actor.Unit);
        if (attempt.Succeeded) _signedIn.Add((actor.Person.HsaId, actor.Unit.HsaId, system));
        return attempt;
    }
}
