using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;

namespace E2E.Tenants.Tests.Support;

/// <summary>Samvy's FHIR R4 API as a plain JSON client sees it (no server code involved).</summary>
public sealed class SamvyFhir(HttpClient http) : IDisposable
{
    public const string PersonnummerSystem = "urn:oid:1.2.752.129.2.1.3.1";
    public const string DischargeExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/beraknat-utskrivningsdatum";

    public HttpClient Http => http;

    public async Task<string> CreatePatientAsync(TestPatient p) => await CreateAsync("Patient", new
    {
        resourceType = "Patient",
        identifier = new[] { new { system = PersonnummerSystem, value = p.Personnummer } },
        name = new[] { new { family = p.Efternamn, given = new[] { p.Fornamn } } },
        address = new[] { new { line = new[] { p.Gatuadress }, postalCode = p.Postnummer, city = p.Postort } },
    });

    public async Task<string> CreateEncounterAsync(string patientId, string wardHsaId) => await CreateAsync("Encounter", new
    {
        resourceType = "Encounter",
        status = "in-progress",
        @class = new { system = "http://terminology.hl7.org/CodeSystem/v3-ActCode", code = "IMP" },
        subject = new { reference = $"Patient/{patientId}" },
        serviceProvider = new { reference = $"Organization/{wardHsaId}" },
    });

    public Task<HttpResponseMessage> SendAdmissionNoticeAsync(string patientId, string encounterId, string senderHsaId, string recipientHsaId, string date) =>
        PostAsync("Communication", AdmissionNotice(patientId, encounterId, senderHsaId, recipientHsaId, date));

    /// <summary>An admission notice as a Communication, in plain JSON.</summary>
    public static object AdmissionNotice(string patientId, string encounterId, string senderHsaId, string recipientHsaId, string date) => new
    {
        resourceType = "Communication",
        status = "completed",
        category = new[] { new { coding = new[] { new { code = "inskrivningsmeddelande" } } } },
        subject = new { reference = $"Patient/{patientId}" },
        encounter = new { reference = $"Encounter/{encounterId}" },
        sender = new { reference = $"Organization/{senderHsaId}" },
        recipient = new[] { new { reference = $"Organization/{recipientHsaId}" } },
        extension = new[] { new { url = DischargeExtension, valueDate = date } },
    };

    /// <summary>A search's resources, as the default unit or, when named, as another unit.</summary>
    public async Task<JsonElement[]> SearchAsync(string query, string? asUnit = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, query);
        if (asUnit is not null)
        {
            ActingUnitHandler.ActAs(request, asUnit);
        }
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var bundle = await response.Content.ReadFromJsonAsync<JsonElement>();
        bundle.GetProperty("resourceType").GetString().Should().Be("Bundle");
        return bundle.TryGetProperty("entry", out var entries) ? [.. entries.EnumerateArray().Select(e => e.GetProperty("resource"))] : [];
    }

    public Task<HttpResponseMessage> PostAsync(string type, object resource) => http.PostAsync(type, Content(resource));

    public static StringContent Content(object resource) => new(JsonSerializer.Serialize(resource), Encoding.UTF8, "application/fhir+json");

    private async Task<string> CreateAsync(string type, object resource)
    {
        using var response = await PostAsync(type, resource);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public void Dispose() => http.Dispose();
}
