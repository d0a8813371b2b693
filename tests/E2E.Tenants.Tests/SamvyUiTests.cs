using E2E.Organisation;
using System.Net;
using System.Net.Http.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class SamvyUiTests : TenantsTestBase
{
    [Test]
    public async Task Login_offers_only_assignments_at_units_live_in_Samvy()
    {
        using var web = new WebSession(Tenants.SamvyUrl);
        var coordinator = StaffCatalogue.AtUnit(Units.Alingsas).Single(s => s.Role == StaffRoles.MunicipalCoordinator);

        var (status, html) = await web.ChooseIdentityAsync(coordinator.HsaId);

        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Samvy – välj identitet och uppdrag").And.Contain("""<label for="uppdrag">Uppdrag</label>""");
        html.Should().Contain($">Samordnare, {Units.AlingsasName}</option>")
            .And.NotContain("Biståndshandläggarna", "the needs assessors of Alingsås work in SAMSA");
    }

    [Test]
    public async Task Chart_shows_banner_tabs_and_the_collaboration_view_in_an_iframe()
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        (await Samvy.SendAdmissionNoticeAsync(patient, encounter, Units.Avd32Nal, Units.Alingsas, TestClock.Day(1))).EnsureSuccessStatusCode();
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);

        var (_, overview) = await web.GetAsync($"patienter/{patient}");
        var (_, collaboration) = await web.GetAsync($"patienter/{patient}?flik=samverkan");

        overview.Should().Contain("""<section aria-label="Patientbanner" """).And.Contain(TestPatients.Anna.FullName)
            .And.Contain(TestPatients.Anna.Display).And.Contain(">Översikt</a>").And.Contain(">Samverkan</a>").And.NotContain("<iframe");
        overview.Should().Contain($"<td>{Units.Avd32NalName}</td><td>{Units.AlingsasName}</td>", "the overview lists the patient's notices");
        collaboration.Should().Contain($"""<iframe title="Samverkansvy" src="/samverkansvy/{patient}"></iframe>""");
    }

    [Test]
    public async Task Collaboration_view_lists_reachable_live_recipients_and_sends_across_to_SAMSA()
    {
        (await Integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = "SE2321000131-E000000001003", namn = "Hemsjukvården Väntebo kommun", typ = "hemsjukvard", kommun = "Väntebo", driftsattFran = TestClock.Day(30) },
        })).EnsureSuccessStatusCode();
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var (_, view) = await web.GetAsync($"samverkansvy/{patient}");

        view.Should().Contain("""<label for="mottagare">Mottagare</label>""").And.Contain("""list="mottagare-lista" """)
            .And.Contain($"""<option value="{Units.LerumName}">""").And.Contain($"""<option value="{Units.AlingsasName}">""")
            .And.Contain("<option value=\"Hemsjukvården Väntebo kommun\">SAMSA-inkorg via integrationen</option>",
                "a unit waiting for its Samvy live-from date is offered only with its SAMSA inbox (rule 5)");

        var (_, sent) = await web.PostFormAsync($"samverkansvy/{patient}", view, new() { ["Mottagare"] = Units.LerumName, ["Datum"] = TestClock.Day(4) });

        sent.Should().Contain("""<p role="status" class="kvitto">Inskrivningsmeddelandet har skickats</p>""");
        var inbox = await Eventually.UntilAsync(() => Samsa.InboxAsync(Units.Lerum), rows => rows.Length > 0);
        inbox.Should().ContainSingle().Which.GetProperty("avsandare").GetString().Should().Be(Units.Avd32NalName);
    }

    [Test]
    public async Task Message_centre_shows_a_notice_that_came_from_SAMSA()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);
        var estimate = TestClock.Day(5);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, estimate)).EnsureSuccessStatusCode();
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.AlingsasName);

        var html = await Eventually.UntilAsync(async () => (await web.GetAsync("meddelandecenter")).Html, h => h.Contains(TestPatients.Bo.Display));

        html.Should().Contain($"<h1>Meddelandecenter – {Units.AlingsasName}</h1>").And.Contain("""<table aria-label="Inkorg">""")
            .And.Contain(TestPatients.Bo.Display).And.Contain("Kungsgatan 5, 441 30 Alingsås").And.Contain(estimate)
            .And.Contain(Units.Avd51SahlgrenskaName).And.Contain(">Uppdatera</button>");
    }

    [Test]
    public async Task Samvy_never_serves_SAMSA_pages()
    {
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.AlingsasName);

        (await web.GetAsync("inkorg")).Status.Should().Be(HttpStatusCode.NotFound);
        (await web.GetAsync("api/inkorgar/x/meddelanden")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
