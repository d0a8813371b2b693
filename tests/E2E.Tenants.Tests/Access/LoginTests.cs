using System.Net;
using E2E.Organisation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Access;

/// <summary>The e-ID-like login of both systems: identity, then an assignment valid in that system.</summary>
public sealed class LoginTests : TenantsTestBase
{
    // Alingsås' coordinator: home care (live in Samvy) and the needs assessors (still in SAMSA).
    private static StaffMember Coordinator => StaffCatalogue.AtUnit(Units.Alingsas).Single(s => s.Role == StaffRoles.MunicipalCoordinator);
    private static string AlingsasNeedsAssessment => UnitCatalogue.NeedsAssessmentIn("Alingsås").HsaId;

    [Test]
    public async Task SAMSA_login_chooses_identity_then_assignment_and_opens_that_units_inbox()
    {
        using var web = new WebSession(Tenants.SamsaUrl);
        var nurse = StaffCatalogue.FirstAt(Units.Lerum);

        var (_, step2) = await web.ChooseIdentityAsync(nurse.HsaId);
        var (status, inbox) = await web.LoginAsync(nurse.HsaId, Units.Lerum);

        step2.Should().Contain($"välj uppdrag för <strong>{nurse.Name}</strong>").And.Contain("""<label for="uppdrag">Uppdrag</label>""")
            .And.Contain($""">Sjuksköterska, {Units.LerumName}</option>""").And.Contain(">Logga in</button>");
        status.Should().Be(HttpStatusCode.OK);
        inbox.Should().Contain($"<h1>Inkorg – {Units.LerumName}</h1>").And.Contain($"{nurse.Name}, Sjuksköterska – <strong>{Units.LerumName}</strong>");
    }

    [Test]
    public async Task A_person_with_assignments_in_both_systems_enters_each_with_the_assignment_valid_there()
    {
        using var samsa = new WebSession(Tenants.SamsaUrl);
        using var samvy = new WebSession(Tenants.SamvyUrl);

        var (_, samsaChoice) = await samsa.ChooseIdentityAsync(Coordinator.HsaId);
        var (_, samvyChoice) = await samvy.ChooseIdentityAsync(Coordinator.HsaId);
        var (_, inSamsa) = await samsa.LoginAsync(Coordinator.HsaId, AlingsasNeedsAssessment);
        var (_, inSamvy) = await samvy.LoginAsync(Coordinator.HsaId, Units.Alingsas);

        samsaChoice.Should().Contain($"""<option value="{AlingsasNeedsAssessment}">""").And.NotContain($"""<option value="{Units.Alingsas}">""");
        samvyChoice.Should().Contain($"""<option value="{Units.Alingsas}">""").And.NotContain($"""<option value="{AlingsasNeedsAssessment}">""");
        inSamsa.Should().Contain("<h1>Inkorg – Biståndshandläggarna Alingsås kommun</h1>");
        inSamvy.Should().Contain($"<h1>Meddelandecenter – {Units.AlingsasName}</h1>").And.Contain("(Samordnare)");
    }

    [Test]
    public async Task Samvy_refuses_a_person_without_a_Samvy_assignment_with_a_Swedish_page()
    {
        using var web = new WebSession(Tenants.SamvyUrl);
        var lerumNurse = StaffCatalogue.FirstAt(Units.Lerum);

        var (status, html) = await web.ChooseIdentityAsync(lerumNurse.HsaId);
        var (_, start) = await web.GetAsync("logga-in");
        var (forced, _) = await web.PostFormAsync("logga-in?handler=Uppdrag", start,
            new() { ["PersonHsaId"] = lerumNurse.HsaId, ["EnhetHsaId"] = Units.Lerum });

        status.Should().Be(HttpStatusCode.Forbidden);
        html.Should().Contain("Åtkomst nekad till Samvy").And.Contain($"{lerumNurse.Name} (HSA-id {lerumNurse.HsaId}) saknar medarbetaruppdrag")
            .And.NotContain("<select id=\"uppdrag\"");
        forced.Should().Be(HttpStatusCode.Forbidden, "posting the SAMSA unit anyway does not get in");
        (await web.GetAsync("meddelandecenter")).Html.Should().NotContain("Meddelandecenter –");
    }

    [Test]
    public async Task SAMSA_does_not_offer_an_assignment_at_a_unit_live_in_Samvy()
    {
        using var web = new WebSession(Tenants.SamsaUrl);
        var alingsasNurse = StaffCatalogue.FirstAt(Units.Alingsas);

        var (status, html) = await web.ChooseIdentityAsync(alingsasNurse.HsaId);

        status.Should().Be(HttpStatusCode.Forbidden);
        html.Should().Contain("Ingen behörighet i SAMSA").And.Contain("har inget medarbetaruppdrag vid någon enhet som arbetar i SAMSA");
    }

    [Test]
    public async Task An_assignment_the_person_lacks_is_not_accepted()
    {
        using var web = new WebSession(Tenants.SamsaUrl);
        var nurse = StaffCatalogue.FirstAt(Units.Lerum);

        var (status, html) = await web.LoginAsync(nurse.HsaId, Units.Avd51Sahlgrenska);

        status.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Välj ett uppdrag.").And.NotContain("Inkorg –");
    }
}
