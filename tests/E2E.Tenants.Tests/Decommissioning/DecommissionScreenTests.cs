using System.Net;
using E2E.Organisation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Decommissioning;

/// <summary>
/// P13's screen: SAMSA's system administrator logs in with the administration's assignment (in SAMSA even when no
/// care unit is), works through the lists and makes SAMSA read-only; a care unit's user is refused the screen.
/// </summary>
public sealed class DecommissionScreenTests : DecommissionScenario
{
    [Test]
    public async Task The_administrator_carries_the_SIP_over_and_makes_SAMSA_read_only_in_the_screen()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        await GoLiveInSamvyAsync(Units.Avd51Sahlgrenska);
        using var web = new WebSession(Tenants.SamsaUrl);
        var (loggedIn, landing) = await web.LoginAsync(SamsaAdministration.Administrator.HsaId, SamsaAdministration.HsaId);

        loggedIn.Should().Be(HttpStatusCode.OK, landing);
        landing.Should().Contain("<h1>Avveckling av SAMSA</h1>", "the administrator lands on the decommissioning")
            .And.Contain("""<strong aria-label="Läge">i drift</strong>""");
        var (_, begun) = await web.PostFormAsync("avveckling?handler=Paborja", landing, []);
        begun.Should().Contain("""<p role="status">Avvecklingen av SAMSA är påbörjad.</p>""")
            .And.Contain($"<td>SAMSA:{sipId}</td>").And.Contain($"<td>SAMSA:{caseId}</td>");

        var (early, refused) = await web.PostFormAsync("avveckling?handler=Skrivskydda", begun, []);
        early.Should().Be(HttpStatusCode.Conflict);
        refused.Should().Contain("""<div class="felruta" role="alert">SAMSA kan inte bli skrivskyddat förrän allt aktivt förts över eller avslutats.""");

        (await web.PostFormAsync($"avveckling?handler=OverforSip&id={sipId}", refused, [])).Status.Should().Be(HttpStatusCode.OK);
        await CarriedOverToAsync("sip", $"SAMSA:{sipId}");
        var (_, closed) = await web.PostFormAsync($"avveckling?handler=AvslutaArende&id={caseId}", refused, []);
        closed.Should().Contain($"Ärende SAMSA:{caseId} är avslutat.").And.Contain("Inga öppna ärenden.").And.Contain("Inga aktiva SIP:ar.")
            .And.Contain($"<td>SIP</td><td>SAMSA:{sipId}</td><td>Samvy:");
        var (_, readOnly) = await web.PostFormAsync("avveckling?handler=Skrivskydda", closed, []);

        readOnly.Should().Contain("""<strong aria-label="Läge">skrivskyddad</strong>""").And.NotContain("Gör SAMSA skrivskyddat</button>");
    }

    [Test]
    public async Task A_care_units_user_is_refused_the_screen()
    {
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);

        var (status, html) = await web.GetAsync("avveckling");

        status.Should().Be(HttpStatusCode.Forbidden);
        html.Should().Contain($"Avvecklingen av SAMSA görs av {SamsaAdministration.Name}.").And.NotContain("Påbörja avvecklingen");
    }
}
