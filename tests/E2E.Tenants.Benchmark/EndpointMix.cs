using E2E.Core.Time;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using E2E.Tenants.Host;

namespace E2E.Tenants.Benchmark;

/// <summary>A named request the burst can send; <c>i</c> is the request's number, for requests that vary.</summary>
public sealed record Endpoint(string Name, Func<int, CancellationToken, Task<HttpResponseMessage>> Send);

/// <summary>
/// The endpoints a suite run leans on: directory lookup, SAMSA inbox list, Samvy FHIR Patient search, posting an
/// admission notice, and the combined payment calculation (which itself calls both tenants' exports).
/// </summary>
public sealed class EndpointMix
{
    private const string Lerum = "SE2321000131-E000000001001";
    private const string Ward = "SE2321000131-E000000000511"; // Avdelning 51, Sahlgrenska (SAMSA)
    private const string Anna = "194001042383"; // Skatteverket's test list
    private const string SamvyWard = "SE2321000131-E000000000321"; // Avdelning 32, NÄL (Samvy)

    private EndpointMix(IReadOnlyList<Endpoint> endpoints) => Endpoints = endpoints;

    public IReadOnlyList<Endpoint> Endpoints { get; }

    public static async Task<EndpointMix> PrepareAsync(HttpClient http, SimulatedTenants tenants)
    {
        var (samsa, samvy, integration) = (tenants.SamsaUrl, tenants.SamvyUrl, tenants.IntegrationUrl);
        // The APIs need a person's token for a unit: the ward for arranging and sending, Lerum for its own inbox.
        var ward = await BenchmarkTokens.SamsaAsync(http, tenants, Ward);
        var lerum = await BenchmarkTokens.SamsaAsync(http, tenants, Lerum);
        var samvyWard = await BenchmarkTokens.SamvyAsync(http, tenants, SamvyWard);
        var patient = new { personnummer = Anna, fornamn = "Anna", efternamn = "Testsson", gatuadress = "Storgatan 1", postnummer = "443 30", postort = "Lerum" };
        (await http.SendAsync(Post(new Uri(samsa, "api/patienter"), patient).With(ward))).EnsureSuccessStatusCode();
        using var stay = await http.SendAsync(Post(new Uri(samsa, "api/vardtillfallen"), new { personnummer = Anna, enhetHsaId = Ward } /* admitted at the tenants' now */).With(ward));
        var stayId = (await stay.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var fhirPatient = """{"resourceType":"Patient","identifier":[{"system":"urn:oid:1.2.752.129.2.1.3.1","value":"194001042383"}],"name":[{"family":"Testsson","given":["Anna"]}]}""";
        (await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(samvy, "fhir/Patient"))
        {
            Content = new StringContent(fhirPatient, Encoding.UTF8, "application/fhir+json"),
        }.With(samvyWard))).EnsureSuccessStatusCode();
        var events = new[] { "inskrivningsmeddelande", "utskrivningsklar", "utskriven" }.Select((handelse, day) =>
            new { handelse, personnummer = Anna, kommun = "Lerum", enhetHsaId = Ward, tidpunkt = new DateTimeOffset(2026, 3, 2 + (4 * day), 10, 0, 0, TimeSpan.FromHours(1)) });
        (await http.PostAsJsonAsync(new Uri(samsa, "_sim/betalningshandelser"), events)).EnsureSuccessStatusCode();

        return new EndpointMix(
        [
            new("Katalog: GET api/enheter/{hsaId}", (_, ct) => http.GetAsync(new Uri(integration, $"api/enheter/{Lerum}"), ct)),
            new("SAMSA: GET inkorg", (_, ct) => http.SendAsync(Get(new Uri(samsa, $"api/inkorgar/{Lerum}/meddelanden")).With(lerum), ct)),
            new("Samvy: GET fhir/Patient?identifier", (_, ct) => http.SendAsync(Get(new Uri(samvy, $"fhir/Patient?identifier={Anna}")).With(samvyWard), ct)),
            new("SAMSA: POST inskrivningsmeddelande", (i, ct) => http.SendAsync(Post(new Uri(samsa, "api/meddelanden/inskrivningsmeddelande"),
                new { vardtillfalleId = stayId, mottagareHsaId = Lerum, beraknatUtskrivningsdatum = SwedishTime.DateOf(SuiteNow.Value).AddDays(1 + (i % 20)) }).With(ward), ct)),
            new("Integration: GET api/betalning", (_, ct) => http.GetAsync(new Uri(integration, "api/betalning?manad=2026-03"), ct)),
        ]);
    }

    private static HttpRequestMessage Get(Uri uri) => new(HttpMethod.Get, uri);

    private static HttpRequestMessage Post<T>(Uri uri, T body) => new(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
}
