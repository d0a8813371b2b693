using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;

namespace E2E.Tenants.Tests.Support;

/// <summary>SAMSA's REST/JSON API as a test client sees it.</summary>
public sealed class SamsaApi(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>
    /// Registers the patient, admits them on a SAMSA ward; returns the vårdtillfälle id. Without a time SAMSA admits
    /// at its own "now" (the tenants' clock, which the tests fix), not the machine's.
    /// </summary>
    public async Task<int> AdmitAsync(TestPatient p, string wardHsaId, DateTimeOffset? admitted = null)
    {
        using var patient = await http.PostAsJsonAsync("api/patienter", new
        {
            personnummer = p.Personnummer, fornamn = p.Fornamn, efternamn = p.Efternamn,
            gatuadress = p.Gatuadress, postnummer = p.Postnummer, postort = p.Postort,
        });
        patient.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        using var stay = await http.PostAsJsonAsync("api/vardtillfallen", new
        {
            personnummer = p.Personnummer, enhetHsaId = wardHsaId, inskrivningstid = admitted,
        });
        stay.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await stay.Content.ReadAsStringAsync());
        return (await stay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public async Task<HttpResponseMessage> SendAdmissionNoticeAsync(int stayId, string recipientHsaId, string date) =>
        await http.PostAsJsonAsync("api/meddelanden/inskrivning", new
        {
            vardtillfalleId = stayId, mottagareHsaId = recipientHsaId, beraknatUtskrivningsdatum = date,
        });

    public async Task<JsonElement[]> InboxAsync(string hsaId) =>
        await http.GetFromJsonAsync<JsonElement[]>($"api/inkorgar/{hsaId}/meddelanden") ?? [];

    public void Dispose() => http.Dispose();
}
