using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;

namespace E2E.Tenants.Tests.Sip;

/// <summary>A patient with a SAMSA case (Avdelning 51) who is also known in Samvy; SIPs called in either system.</summary>
public abstract class SipScenario : TenantsTestBase
{
    /// <summary>The SIP meeting: two weeks ahead at 10.00 Swedish time, so always still to come (the systems refuse a past one).</summary>
    public static readonly string Meeting = TestClock.At(14, "10:00");

    /// <summary>The meeting as a form's date-time field takes it.</summary>
    public static readonly string MeetingForm = TestClock.FormTime(14, "10:00");

    /// <summary>The meeting as the pages show it.</summary>
    public static readonly string MeetingShown = TestClock.Shown(14, "10:00");

    protected static readonly TestPatient Patient = TestPatients.Anna;

    /// <summary>
    /// Admits the patient in SAMSA (at the tests' "now", where each test starts the tenants' clock) and registers them
    /// in Samvy; returns the SAMSA case id and Samvy patient id.
    /// </summary>
    protected async Task<(int CaseId, string PatientId)> AdmitAsync()
    {
        var stay = await Samsa.AdmitAsync(Patient, Units.Avd51Sahlgrenska);
        var cases = await Samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?personnummer={Patient.Personnummer}");
        var caseId = cases!.Single(c => c.GetProperty("vardtillfalleId").GetInt32() == stay).GetProperty("id").GetInt32();
        return (caseId, await Samvy.CreatePatientAsync(Patient));
    }

    private WebSession? chart;

    /// <summary>Samvy's patient chart (Översikt) as Avdelning 32, NÄL sees it; one login per test, however often it is read.</summary>
    protected async Task<string> SamvyChartAsync(string patientId)
    {
        if (chart is null)
        {
            chart = new WebSession(Tenants.SamvyUrl);
            await chart.LoginAsync(Units.Avd32NalName);
        }
        return (await chart.GetAsync($"patienter/{patientId}")).Html;
    }

    [TearDown]
    public void ForgetChartSession()
    {
        chart?.Dispose();
        chart = null;
    }

    protected Task<HttpResponseMessage> CallSamsaSipAsync(int caseId, params string[] participants) =>
        Samsa.Http.PostAsJsonAsync($"api/arenden/{caseId}/sip", new { motestid = Meeting, deltagare = participants });

    /// <summary>Avdelning 32, NÄL (Samvy) calls a SIP for the patient in the SAMSA case.</summary>
    protected Task<HttpResponseMessage> CallSamvySipAsync(string patientId, int samsaCaseId, params string[] participants) =>
        CallSamvySipAsync(patientId, $"SAMSA:{samsaCaseId}", participants);

    /// <summary>Avdelning 32, NÄL (Samvy) calls a SIP for the patient in the named case ("System:id").</summary>
    protected Task<HttpResponseMessage> CallSamvySipAsync(string patientId, string caseReference, params string[] participants) =>
        Samvy.PostAsync("CarePlan", new
        {
            resourceType = "CarePlan",
            status = "active",
            intent = "plan",
            category = new[] { new { coding = new[] { new { system = "https://e2e.vgregion.example/fhir/CodeSystem/planeringstyp", code = "sip" } } } },
            subject = new { reference = $"Patient/{patientId}" },
            author = new { reference = $"Organization/{Units.Avd32Nal}" },
            extension = new[] { new { url = "https://e2e.vgregion.example/fhir/StructureDefinition/samordningsarende", valueString = caseReference } },
            activity = new[]
            {
                new
                {
                    detail = new
                    {
                        kind = "Appointment", status = "scheduled",
                        scheduledPeriod = new { start = Meeting },
                        performer = participants.Select(p => new { reference = $"Organization/{p}" }).ToArray(),
                    },
                },
            },
        });

    /// <summary>The patient's SIPs as SAMSA lists them (its own and Samvy's), acting as the case's ward or the named unit.</summary>
    protected async Task<JsonElement[]> SamsaSipsAsync(string? asUnit = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/sip?personnummer={Patient.Personnummer}");
        if (asUnit is not null)
        {
            ActingUnitHandler.ActAs(request, asUnit);
        }
        using var response = await Samsa.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
    }
}
