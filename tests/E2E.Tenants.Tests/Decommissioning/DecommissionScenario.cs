using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Sip;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Decommissioning;

/// <summary>
/// P13: a patient on Avdelning 51 (SAMSA) with a SIP called by the ward (Lerum and Alingsås take part), and SAMSA's
/// decommissioning as its administrators run it through the test-only API.
/// </summary>
public abstract class DecommissionScenario : SipScenario
{
    private HttpClient? administration;

    /// <summary>SAMSA's decommissioning tool (test-only API); it needs no user token.</summary>
    protected HttpClient Administration => administration ??= new HttpClient { BaseAddress = Tenants.SamsaUrl };

    [OneTimeTearDown]
    public void DisposeAdministration() => administration?.Dispose();

    /// <summary>Admits the patient, calls the SIP in SAMSA; returns the case id, the Samvy patient id and the SIP id.</summary>
    protected async Task<(int CaseId, string PatientId, int SipId)> AdmitWithSipAsync()
    {
        var (caseId, patientId) = await AdmitAsync();
        using var called = await CallSamsaSipAsync(caseId, Units.Lerum, Units.Alingsas);
        called.EnsureSuccessStatusCode();
        var reference = (await called.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referens").GetString()!;
        return (caseId, patientId, int.Parse(reference.Split(':')[1]));
    }

    /// <summary>The unit works in Samvy from now on (its go-live date a year before the tests' today).</summary>
    protected async Task GoLiveInSamvyAsync(string hsaId)
    {
        var unit = await Integration.GetFromJsonAsync<JsonElement>($"api/enheter/{hsaId}");
        (await Integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new
            {
                hsaId, namn = unit.GetProperty("namn").GetString(), typ = unit.GetProperty("typ").GetString(),
                kommun = unit.GetProperty("kommun").GetString(), driftsattFran = TestClock.Day(-365),
            },
        })).EnsureSuccessStatusCode();
    }

    protected async Task<JsonElement> BeginAsync()
    {
        using var response = await Administration.PostAsync("_sim/avveckling/paborja", null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Begins the decommissioning, closes the patient's SIP and case, and (unless told not to) makes SAMSA read-only.</summary>
    protected async Task ShutDownAsync(int caseId, int sipId, bool readOnly = true)
    {
        await BeginAsync();
        (await StepAsync($"sipar/{sipId}/avsluta")).EnsureSuccessStatusCode();
        (await StepAsync($"arenden/{caseId}/avsluta")).EnsureSuccessStatusCode();
        if (readOnly)
        {
            (await StepAsync("skrivskydda")).EnsureSuccessStatusCode();
        }
    }

    protected async Task<int> StayOfCaseAsync(int caseId) =>
        (await Samsa.Http.GetFromJsonAsync<JsonElement>($"api/arenden/{caseId}")).GetProperty("vardtillfalleId").GetInt32();

    protected async Task<JsonElement> StatusAsync() => await Administration.GetFromJsonAsync<JsonElement>("_sim/avveckling");

    protected Task<HttpResponseMessage> StepAsync(string path) => Administration.PostAsync($"_sim/avveckling/{path}", null);

    /// <summary>Waits until Samvy has confirmed taking the SIP or case ("sip", "arende") over; returns the Samvy object it went to.</summary>
    protected async Task<string> CarriedOverToAsync(string typ, string samsaReference)
    {
        var status = await Eventually.UntilAsync(StatusAsync, s => Overforda(s).ContainsKey((typ, samsaReference)));
        Overforda(status).Should().ContainKey((typ, samsaReference), "Samvy confirms every carry-over");
        return Overforda(status)[(typ, samsaReference)];
    }

    protected static IReadOnlyList<string> References(JsonElement status, string list) =>
        [.. status.GetProperty(list).EnumerateArray().Select(r => r.GetProperty("referens").GetString()!)];

    /// <summary>The patient's CarePlans in Samvy as Alingsås (a participant) reads them.</summary>
    protected Task<JsonElement[]> SamvyCarePlansAsync(string patientId) =>
        Samvy.SearchAsync($"CarePlan?patient=Patient/{patientId}", asUnit: Units.Alingsas);

    /// <summary>The patient's SIPs as SAMSA lists them to Lerum, which takes part and still works in SAMSA.</summary>
    protected Task<JsonElement[]> SamsaSipsAsLerumAsync() => SamsaSipsAsync(asUnit: Units.Lerum);

    protected static string? Extension(JsonElement resource, string name) =>
        resource.TryGetProperty("extension", out var extensions)
            ? extensions.EnumerateArray().Where(e => e.GetProperty("url").GetString()!.EndsWith("/" + name, StringComparison.Ordinal))
                .Select(e => e.GetProperty("valueString").GetString()).FirstOrDefault()
            : null;

    private static Dictionary<(string, string), string> Overforda(JsonElement status) =>
        status.GetProperty("overforda").EnumerateArray().ToDictionary(
            r => (r.GetProperty("typ").GetString()!, r.GetProperty("referens").GetString()!), r => r.GetProperty("till").GetString()!);
}
