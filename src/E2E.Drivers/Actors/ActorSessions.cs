using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Attempts;
using E2E.Drivers.Systems;
using E2E.Drivers.Ui;
using E2E.Organisation;
using Microsoft.Playwright;

namespace E2E.Drivers.Actors;

/// <summary>
/// Each actor works in their own browser context, signed in to a system once per scenario: with the cookies of the
/// run's earlier login of the same person and assignment when there is one, else through the login pages.
/// </summary>
public sealed class ActorSessions(ScenarioBrowser browser, TenantEndpoints endpoints, SignIns signIns)
{
    private readonly HashSet<(string Person, string Unit, CareSystem System)> _signedIn = [];

    public async Task<IPage> SignedInAsync(Actor actor, CareSystem system)
    {
        var page = await browser.PageForAsync(actor.Description);
        if (!_signedIn.Add((actor.Person.HsaId, actor.Unit.HsaId, system))) return page;
        var key = new SignIns.Key(endpoints.BaseUrlOf(system), system, actor.Person.HsaId, actor.Role, actor.Unit.HsaId);
        if (signIns.Find(key) is { } earlier && await earlier.ResumeAsync(page)) return page;
        signIns.Keep(key, await SignedInState.CaptureAsync(page,
            () => new LoginPage(page, endpoints.BaseUrlOf(system), system).LogInAsync(actor.Person, actor.Role, actor.Unit)));
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
