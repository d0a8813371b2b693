using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Conformance;
using E2E.Tenants.Tests.Sip;
using E2E.Tenants.Tests.Support;
using FluentAssertions;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace E2E.Tenants.Tests.OngoingCase;

/// <summary>P09: while a SAMSA case is open, Samvy flags the patient "SAMSA-ärende pågår"; it goes when the case closes.</summary>
public sealed class OngoingCaseFlagTests : SipScenario
{
    [Test]
    public async Task The_flag_is_a_valid_FHIR_Flag_while_the_SAMSA_case_is_open_and_goes_when_it_closes()
    {
        var (caseId, patientId) = await AdmitAsync();

        var flags = await Eventually.UntilAsync(() => FlagsAsync($"Flag?patient=Patient/{patientId}"), f => f.Entry.Count > 0);

        var flag = flags.Entry.Should().ContainSingle().Which.Resource.Should().BeOfType<Flag>().Subject;
        flag.Code.Text.Should().Be("SAMSA-ärende pågår");
        flag.Status.Should().Be(Flag.FlagStatus.Active);
        flag.Author!.Display.Should().Be(Units.Avd51SahlgrenskaName);
        (await FlagsAsync($"Flag?subject:identifier={SamvyFhir.PersonnummerSystem}|{Patient.Personnummer}")).Entry.Should().ContainSingle();
        await FhirValidation.ValidAsync<Flag>(await Samvy.Http.GetAsync($"Flag/{flag.Id}"));

        (await Samsa.Http.PostAsync($"api/arenden/{caseId}/avsluta", null)).EnsureSuccessStatusCode();

        (await Eventually.UntilAsync(() => FlagsAsync($"Flag?patient={patientId}"), f => f.Entry.Count == 0)).Entry.Should().BeEmpty();
    }

    // Fault: ingen-pagaende-flagga
    [TestCase(false)]
    [TestCase(true)]
    public async Task The_chart_banner_shows_the_flag_unless_the_fault_hides_it(bool faultOn)
    {
        if (faultOn)
        {
            await SwitchFaultAsync("ingen-pagaende-flagga");
        }
        var (_, patientId) = await AdmitAsync();
        // The case event has surely arrived once the integration has delivered it.
        (await Eventually.UntilAsync(DeliveredEventsAsync, n => n > 0)).Should().BePositive("the case event must arrive before the flag is judged");

        var flags = await FlagsAsync($"Flag?patient={patientId}");
        var banner = await SamvyChartAsync(patientId);

        if (faultOn)
        {
            flags.Entry.Should().BeEmpty("the fault hides the flag");
            banner.Should().NotContain("SAMSA-ärende pågår");
        }
        else
        {
            flags.Entry.Should().ContainSingle();
            banner.Should().Contain("SAMSA-ärende pågår (Avdelning 51, Sahlgrenska)");
        }
    }

    private async Task<Bundle> FlagsAsync(string query) => await FhirValidation.ValidAsync<Bundle>(await Samvy.Http.GetAsync(query));

    /// <summary>Events the integration has delivered (its routing log lists every kind it carries).</summary>
    private async Task<int> DeliveredEventsAsync() =>
        (await Integration.GetFromJsonAsync<JsonElement[]>("_sim/handelser") ?? []).Count(e => e.GetProperty("status").GetString() == "levererad");
}
