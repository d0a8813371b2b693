using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using static E2E.Tenants.Tests.Payment.PaymentBasisSeeding;

namespace E2E.Tenants.Tests.Payment;

public sealed class CombinedPaymentTests : PaymentTestBase
{
    [Test]
    public async Task The_combined_calculation_pays_a_patient_moved_between_systems_once()
    {
        await SeedMovedPatientAsync();

        var result = await PaymentAsync("manad=2026-03&regelverk=lagens-grundregel&kommun=Lerum");

        result.GetProperty("regelverk").GetString().Should().Be("lagens-grundregel");
        var patient = Lerum(result).GetProperty("patienter").EnumerateArray().Should().ContainSingle().Subject;
        patient.GetProperty("dagar").EnumerateArray().Select(d => d.GetString()).Should().Equal("2026-03-09", "2026-03-10");
        patient.GetProperty("system").EnumerateArray().Select(s => s.GetString()).Should().Equal("SAMSA", "Samvy");
        (Lerum(result).GetProperty("betaldagar").GetDecimal(), Lerum(result).GetProperty("belopp").GetDecimal()).Should().Be((2m, 18_600m));
    }

    [Test]
    public async Task The_default_rule_set_applies_when_none_is_named_and_other_municipalities_are_left_out_on_request()
    {
        await SeedMovedPatientAsync();
        await Samsa.Http.SeedAsync(new
        {
            handelse = "utskrivningsklar", personnummer = TestPatients.Bo.Personnummer, kommun = "Alingsås",
            enhetHsaId = Units.Avd51Sahlgrenska, tidpunkt = "2026-03-02T10:00:00+01:00",
        });

        var all = await PaymentAsync();
        var lerumOnly = await PaymentAsync("manad=2026-03&kommun=lerum");

        all.GetProperty("regelverk").GetString().Should().Be("lagens-grundregel");
        all.GetProperty("kommuner").EnumerateArray().Select(k => k.GetProperty("kommun").GetString()).Should().Equal("Alingsås", "Lerum");
        lerumOnly.GetProperty("kommuner").EnumerateArray().Select(k => k.GetProperty("kommun").GetString()).Should().Equal("Lerum");
    }

    [Test]
    public async Task The_average_model_is_chosen_by_name()
    {
        await SeedMovedPatientAsync();

        var result = await PaymentAsync("manad=2026-03&regelverk=genomsnittsmodell");

        result.GetProperty("modell").GetString().Should().Be("genomsnitt");
        // One discharge, 5 days from notice to discharge: 2 days over the threshold 3.0.
        (Lerum(result).GetProperty("rullandeGenomsnitt").GetDecimal(), Lerum(result).GetProperty("betaldagar").GetDecimal()).Should().Be((5m, 2m));
    }

    [Test]
    public async Task The_monthly_follow_up_counts_a_patient_of_both_systems_once()
    {
        await SeedMovedPatientAsync();

        var lerum = Lerum(await FollowUpAsync());

        lerum.GetProperty("utskrivningsklaraPatienter").GetInt32().Should().Be(1);
        lerum.GetProperty("utskrivna").GetInt32().Should().Be(1);
        lerum.GetProperty("dagarTillUtskrivning").GetInt32().Should().Be(5);
        lerum.GetProperty("genomsnittDagar").GetDecimal().Should().Be(5m);
    }

    [Test]
    public async Task The_rule_sets_in_force_are_listed_with_their_parameters()
    {
        var answer = await Integration.GetFromJsonAsync<JsonElement>("api/regelverk");
        var ruleSets = answer.GetProperty("betalning").EnumerateArray().ToList();

        answer.GetProperty("betalningStandard").GetString().Should().Be("lagens-grundregel");
        var law = ruleSets!.Single(r => r.GetProperty("namn").GetString() == "lagens-grundregel");
        (law.GetProperty("karensdagar").GetInt32(), law.GetProperty("beloppPerDag").GetProperty("2022").GetDecimal()).Should().Be((3, 9_300m));
        ruleSets!.Select(r => r.GetProperty("namn").GetString()).Should().Contain("genomsnittsmodell");
    }

    [TestCase("api/betalning?manad=mars", "ÅÅÅÅ-MM")]
    [TestCase("api/uppfoljning", "ÅÅÅÅ-MM")]
    [TestCase("api/betalning?manad=2026-03&regelverk=okänt", "Kända regelverk: genomsnittsmodell, lagens-grundregel")]
    public async Task Unreadable_questions_are_refused_in_Swedish(string query, string message)
    {
        using var response = await Integration.GetAsync(query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }

    [Test]
    public async Task Without_one_system_s_export_there_is_no_combined_figure()
    {
        await SeedMovedPatientAsync();
        await SwitchFaultAsync("samvy-nere");

        using var response = await Integration.GetAsync("api/betalning?manad=2026-03");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Betalningsunderlaget från Samvy kunde inte hämtas");
    }
}
