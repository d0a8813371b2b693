using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Identity;

/// <summary>P07 in the user interfaces: the ward identifies a reserve-number patient in SAMSA's case page or Samvy's chart.</summary>
public sealed class IdentityLinkScreenTests : TenantsTestBase
{
    private static readonly TestPatient Real = TestPatients.Bo;
    private ReservePatients Reserve => new(Samsa, Samvy);

    [Test]
    public async Task SAMSA_case_page_links_the_reserve_number_to_the_personnummer_and_Samvy_follows()
    {
        var stay = await Reserve.AdmitInSamsaAsync(ReservePatient.Unknown, Units.Avd51Sahlgrenska);
        var (samvyId, _) = await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);
        var caseId = await CaseOfStayAsync(stay);
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, casePage) = await web.GetAsync($"arenden/{caseId}");
        var (_, form) = await web.GetAsync($"arenden/{caseId}/sammankoppla");

        var (_, refused) = await web.PostFormAsync($"arenden/{caseId}/sammankoppla", form, new() { ["Personnummer"] = "1940-01-07" });
        var (status, linked) = await web.PostFormAsync($"arenden/{caseId}/sammankoppla", form, new() { ["Personnummer"] = Real.Display });

        casePage.Should().Contain($"""<a href="/arenden/{caseId}/sammankoppla">Koppla ihop med personnummer</a>""");
        form.Should().Contain("""<label for="personnummer">Personnummer</label>""").And.Contain(ReservePatient.Unknown.Display);
        refused.Should().Contain("""role="alert">Patienten kopplades inte ihop.""").And.Contain("Personnumret ska skrivas ÅÅÅÅMMDD-NNNN.");
        status.Should().Be(HttpStatusCode.OK);
        linked.Should().Contain($"<h1>Ärende {caseId} – Okänd Man ({Real.Display})").And.NotContain("Koppla ihop med personnummer");
        var identified = await Eventually.UntilAsync(() => Reserve.SamvyPatientsAsync(SamvyFhir.PersonnummerSystem, Real.Personnummer), p => p.Length == 1);
        identified.Single().GetProperty("id").GetString().Should().Be(samvyId, "Samvy's reserve patient becomes the identified one");
    }

    [Test]
    public async Task SAMSA_offers_no_linking_for_a_patient_who_already_has_a_personnummer()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        var caseId = await CaseOfStayAsync(stay);
        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);

        var (_, casePage) = await web.GetAsync($"arenden/{caseId}");
        var (_, form) = await web.GetAsync($"arenden/{caseId}/sammankoppla");

        casePage.Should().NotContain("Koppla ihop med personnummer</a>");
        form.Should().Contain("""role="alert">Patienten har redan ett personnummer""").And.NotContain("<button type=\"submit\">Koppla ihop</button>");
    }

    [Test]
    public async Task Samvy_chart_links_the_reserve_number_to_the_personnummer_and_SAMSA_follows()
    {
        await Reserve.AdmitInSamsaAsync(ReservePatient.Unknown, Units.Avd51Sahlgrenska);
        var (samvyId, _) = await Reserve.AdmitInSamvyAsync(ReservePatient.Unknown, Units.Avd32Nal);
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.Avd32NalName);
        var (_, chart) = await web.GetAsync($"patienter/{samvyId}");

        var (_, refused) = await web.PostFormAsync($"patienter/{samvyId}?handler=Sammankoppla", chart, new() { ["Personnummer"] = "okänt" });
        var (status, linked) = await web.PostFormAsync($"patienter/{samvyId}?handler=Sammankoppla", chart, new() { ["Personnummer"] = Real.Personnummer });

        chart.Should().Contain("""<section aria-label="Koppla ihop med personnummer">""").And.Contain(ReservePatient.Unknown.Display);
        refused.Should().Contain("""role="alert">Patienten kopplades inte ihop. Personnumret ska skrivas ÅÅÅÅMMDD-NNNN.""");
        status.Should().Be(HttpStatusCode.OK);
        linked.Should().Contain($"Personnummer: <strong>{Real.Display}</strong>").And.NotContain("Koppla ihop med personnummer");
        var cases = await Eventually.UntilAsync(
            async () => (await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?enhetHsaId={Units.Avd51Sahlgrenska}"))!,
            c => c.Length == 1 && c[0].GetProperty("personnummer").GetString() == Real.Display);
        cases.Single().GetProperty("patientnamn").GetString().Should().Be("Okänd Man");
    }

    private async Task<int> CaseOfStayAsync(int stay)
    {
        var cases = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?enhetHsaId={Units.Avd51Sahlgrenska}");
        return cases!.Single(c => c.GetProperty("vardtillfalleId").GetInt32() == stay).GetProperty("id").GetInt32();
    }
}
