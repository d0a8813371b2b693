using System.Net.Http.Json;
using System.Text.Json;
using E2E.Drivers.Http;
using E2E.TestData;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's REST/JSON API: used to arrange (patients, admissions) and to read inboxes as a cross-check.</summary>
public sealed class SamsaApiClient(TenantHttpClients http)
{
    public sealed record InboxMessage(
        JsonElement Id, string Typ, string Personnummer, string Patientnamn, string Adress,
        DateOnly? BeraknatUtskrivningsdatum, string Avsandare, DateTimeOffset Mottagen);

    // Ids may be numbers or strings; JsonElement reads either.
    private sealed record Created(JsonElement Id);

    public async Task RegisterPatientAsync(Patient patient)
    {
        TestIdentityGuard.EnsureTestIdentity(patient.Personnummer);
        var response = await http.Samsa.PostAsJsonAsync("api/patienter", new
        {
            personnummer = patient.Personnummer,
            fornamn = patient.FirstName,
            efternamn = patient.LastName,
            gatuadress = patient.StreetAddress,
            postnummer = patient.PostalCode,
            postort = patient.Town,
        }, TenantHttpClients.Json);
        await response.EnsureSuccessAsync($"registrera patienten {patient.DisplayPersonnummer} i SAMSA");
    }

    /// <summary>Admits the patient on a SAMSA ward; returns the care episode (vårdtillfälle) id.</summary>
    public async Task<string> AdmitAsync(Patient patient, string wardHsaId, DateTimeOffset admittedAt)
    {
        var response = await http.Samsa.PostAsJsonAsync("api/vardtillfallen", new
        {
            personnummer = patient.Personnummer,
            enhetHsaId = wardHsaId,
            inskrivningstid = admittedAt,
        }, TenantHttpClients.Json);
        await response.EnsureSuccessAsync($"skriva in patienten {patient.DisplayPersonnummer} i SAMSA");
        var created = await response.Content.ReadFromJsonAsync<Created>(TenantHttpClients.Json);
        return created?.Id.ToString() ?? throw new InvalidOperationException("SAMSA returnerade inget id för vårdtillfället.");
    }

    public async Task<IReadOnlyList<InboxMessage>> GetInboxAsync(string unitHsaId) =>
        await http.Samsa.GetFromJsonAsync<List<InboxMessage>>(
            $"api/inkorgar/{Uri.EscapeDataString(unitHsaId)}/meddelanden", TenantHttpClients.Json) ?? [];
}
