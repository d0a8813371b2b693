using E2E.Organisation;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Drivers.Attempts;
using E2E.Drivers.Http;
using E2E.TestData;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's REST/JSON API: used to arrange what no person does in SAMSA's pages (registering and admitting patients).</summary>
public sealed class SamsaApiClient(TenantHttpClients http)
{
    // Ids may be numbers or strings; JsonElement reads either.
    private sealed record Created(JsonElement Id);

    /// <summary>Registers the patient in SAMSA, acting for the ward that admits them.</summary>
    public async Task RegisterPatientAsync(Patient patient, string wardHsaId)
    {
        TestIdentityGuard.EnsureTestIdentity(patient.Personnummer);
        var response = await SendAsync(wardHsaId, HttpMethod.Post, "api/patienter", new
        {
            personnummer = PersonnummerOf(patient),
            reservnummer = patient.ReserveNumber?.Value,
            reservnummerOid = patient.ReserveNumber?.Oid,
            fornamn = patient.FirstName,
            efternamn = patient.LastName,
            gatuadress = patient.StreetAddress,
            postnummer = patient.PostalCode,
            postort = patient.Town,
        });
        await response.EnsureSuccessAsync($"registrera patienten {patient.ShownIdentity} i SAMSA");
    }

    /// <summary>Admits the patient on a SAMSA ward (under the reserve number while not identified); returns the care episode (vårdtillfälle) id.</summary>
    public async Task<string> AdmitAsync(Patient patient, string wardHsaId, DateTimeOffset admittedAt)
    {
        var response = await SendAsync(wardHsaId, HttpMethod.Post, "api/vardtillfallen", new
        {
            personnummer = PersonnummerOf(patient),
            reservnummer = patient.ReserveNumber?.Value,
            reservnummerOid = patient.ReserveNumber?.Oid,
            enhetHsaId = wardHsaId,
            inskrivningstid = admittedAt,
        });
        await response.EnsureSuccessAsync($"skriva in patienten {patient.ShownIdentity} i SAMSA");
        var created = await response.Content.ReadFromJsonAsync<Created>(TenantHttpClients.Json);
        return created?.Id.ToString() ?? throw new InvalidOperationException("SAMSA returnerade inget id för vårdtillfället.");
    }

    /// <summary>P12: another unit's inbox asked for with the acting unit's token; the answer as it came.</summary>
    public async Task<ApiAttempt> TryReadInboxAsync(string actingUnitHsaId, string inboxUnitHsaId)
    {
        using var response = await SendAsync(actingUnitHsaId, HttpMethod.Get, $"api/inkorgar/{Uri.EscapeDataString(inboxUnitHsaId)}/meddelanden");
        return new ApiAttempt((int)response.StatusCode, await ProblemText.ReadAsync(response));
    }

    // A patient not yet identified is registered and admitted under the reserve number alone.
    private static string? PersonnummerOf(Patient patient) => patient.ReserveNumber is null ? patient.Personnummer : null;

    // Every call acts for a unit with that unit's bearer token.
    private async Task<HttpResponseMessage> SendAsync(string unitHsaId, HttpMethod method, string path, object? body = null)
    {
        using var request = await http.Tokens.RequestAsync(CareSystem.Samsa, unitHsaId, method, path,
            body is null ? null : JsonContent.Create(body, options: TenantHttpClients.Json));
        return await http.Samsa.SendAsync(request);
    }
}
