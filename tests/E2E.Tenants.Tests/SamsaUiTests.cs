using E2E.Organisation;
using System.Net;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class SamsaUiTests : TenantsTestBase
{
    [Test]
    public async Task Login_page_offers_every_identity_under_the_label_Identitet()
    {
        using var web = new WebSession(Tenants.SamsaUrl);
        var nurse = StaffCatalogue.FirstAt(Units.Lerum);

        var (status, html) = await web.GetAsync("logga-in");

        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("""<label for="identitet">Identitet</label>""").And.Contain("""<select id="identitet" """);
        html.Should().Contain($">{nurse.Name} (HSA-id {nurse.HsaId})</option>").And.Contain(">Fortsätt</button>");
    }

    [Test]
    public async Task Pages_need_a_login()
    {
        using var web = new WebSession(Tenants.SamsaUrl);

        var (_, html) = await web.GetAsync("inkorg");

        html.Should().Contain("Identitet").And.NotContain("Inkorg –");
    }

    [Test]
    public async Task Inbox_shows_the_units_notices_and_only_that_units()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        var estimate = TestClock.Day(1);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, estimate)).EnsureSuccessStatusCode();
        using var lerum = new WebSession(Tenants.SamsaUrl);
        using var ward = new WebSession(Tenants.SamsaUrl);
        await lerum.LoginAsync(Units.LerumName);
        await ward.LoginAsync(Units.Avd51SahlgrenskaName);

        var (_, inbox) = await lerum.GetAsync("inkorg");
        var (_, wardInbox) = await ward.GetAsync("inkorg");

        inbox.Should().Contain($"<h1>Inkorg – {Units.LerumName}</h1>").And.Contain("""<nav aria-label="Huvudmeny" """)
            .And.Contain("""<table aria-label="Inkorg">""").And.Contain(">Inskrivningsmeddelande</a>")
            .And.Contain(TestPatients.Anna.Display).And.Contain(estimate).And.Contain(">Uppdatera</button>");
        wardInbox.Should().Contain($"Inkorg – {Units.Avd51SahlgrenskaName}").And.NotContain(TestPatients.Anna.Display);
    }

    [Test]
    public async Task Ward_nurse_sends_an_admission_notice_from_the_form()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, patients) = await web.GetAsync("patienter");
        patients.Should().Contain($"""<a href="/vardtillfallen/{stay}/inskrivningsmeddelande">Skicka inskrivningsmeddelande</a>""");
        var path = $"vardtillfallen/{stay}/inskrivningsmeddelande";
        var (_, form) = await web.GetAsync(path);
        form.Should().Contain("""<label for="mottagare">Mottagare</label>""").And.Contain($">{Units.AlingsasName}</option>")
            .And.Contain("""<label for="datum">Beräknat utskrivningsdatum</label>""");

        var (_, invalid) = await web.PostFormAsync(path, form, new() { ["Mottagare"] = "", ["Datum"] = "" });
        var (_, sent) = await web.PostFormAsync(path, form, new() { ["Mottagare"] = Units.Lerum, ["Datum"] = TestClock.Day(3) });

        invalid.Should().Contain("Välj en mottagare.").And.NotContain("role=\"status\"");
        sent.Should().Contain("""<p role="status" class="kvitto">Inskrivningsmeddelandet har skickats</p>""");
        (await Samsa.InboxAsync(Units.Lerum)).Should().ContainSingle();
    }

    [Test]
    public async Task SAMSA_never_serves_Samvy_pages()
    {
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.LerumName);

        (await web.GetAsync("meddelandecenter")).Status.Should().Be(HttpStatusCode.NotFound);
        (await web.GetAsync("samverkansvy/x")).Status.Should().Be(HttpStatusCode.NotFound);
        (await web.GetAsync("fhir/metadata")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
