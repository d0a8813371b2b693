using System.Net.Http.Json;
using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Actors;
using E2E.Drivers.Ui;
using E2E.Organisation;
using E2E.Tenants.Host;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>
/// A login kept for the run signs a person in to a fresh browser context, and only as long as the tenant accepts
/// its cookie: once the tenants' clock has passed the cookie's lifetime, the person is sent to the login page and
/// the suite logs in again. Real simulated tenants and a real browser.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class SignedInStateTests
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 8, 0, 0, TimeSpan.FromHours(1));

    [Test]
    public async Task A_kept_login_opens_the_landing_page_in_a_new_context_until_the_tenant_refuses_its_cookie()
    {
        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = Monday });
        await using var pool = new BrowserPool(new PlaywrightSettings { Trace = "off" });
        var guard = new AllowedHostsGuard(["127.0.0.1"], "environments/local.json");
        var nurse = Staff.At(E2E.Drivers.Directory.UnitCatalogue.Find("avdelning 51 på Sahlgrenska"));

        var first = new ScenarioBrowser(pool, guard);
        var page = await first.PageForAsync("första scenariot");
        var kept = await SignedInState.CaptureAsync(page,
            () => new LoginPage(page, tenants.SamsaUrl, CareSystem.Samsa).LogInAsync(nurse.Person, nurse.Role, nurse.Unit));
        await first.FinishAsync(failed: false);

        kept.Cookies.Should().Contain(c => c.Name == ".Samsa.Inloggning");
        kept.Landing.Should().EndWith("/inkorg");
        (await ResumesAsync(pool, guard, kept)).Should().BeTrue("the cookie is fresh");

        using var http = new HttpClient { BaseAddress = tenants.IntegrationUrl };
        (await http.PutAsJsonAsync("_sim/klocka", new { nu = Monday.AddDays(30) })).EnsureSuccessStatusCode();
        (await ResumesAsync(pool, guard, kept)).Should().BeFalse("a month later the tenant no longer accepts the cookie");
    }

    private static async Task<bool> ResumesAsync(BrowserPool pool, AllowedHostsGuard guard, SignedInState kept)
    {
        var browser = new ScenarioBrowser(pool, guard);
        try { return await kept.ResumeAsync(await browser.PageForAsync("ett senare scenario")); }
        finally { await browser.FinishAsync(failed: false); }
    }
}
