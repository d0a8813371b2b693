using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Identity;

/// <summary>A patient known only by a reserve number: issuer OID + value (VGR's format, or another issuer's).</summary>
public sealed record ReservePatient(string Oid, string Value, string Fornamn, string Efternamn)
{
    public const string VgrOid = "1.2.752.113.11.0.2.1.1.1";

    /// <summary>A made-up issuer under 2.25 (never a real one) that accepts VGR-shaped values: staging collisions.</summary>
    public const string OtherOid = "2.25.329800735698586629295641978511506172918";

    public static readonly ReservePatient Unknown = new(VgrOid, "19810829M071", "Okänd", "Man");
    public static readonly ReservePatient SameValueElsewhere = new(OtherOid, "19810829M071", "Okänd", "Besökare");

    public string System => $"urn:oid:{Oid}";
    public string Display => $"{Value} (reservnummer {Oid})";
}

/// <summary>Admits, links and looks up reserve-number patients in both systems over their APIs.</summary>
public sealed class ReservePatients(SamsaApi samsa, SamvyFhir samvy)
{
    /// <summary>Registers and admits the patient on a SAMSA ward; returns the stay id.</summary>
    public async Task<int> AdmitInSamsaAsync(ReservePatient p, string wardHsaId)
    {
        using var patient = await samsa.Http.PostAsJsonAsync("api/patienter", new
        {
            reservnummer = p.Value, reservnummerOid = p.Oid, fornamn = p.Fornamn, efternamn = p.Efternamn,
            gatuadress = "Okänd adress", postnummer = "000 00", postort = "Okänd",
        });
        patient.StatusCode.Should().Be(HttpStatusCode.Created, await patient.Content.ReadAsStringAsync());
        using var stay = await samsa.Http.PostAsJsonAsync("api/vardtillfallen", new { reservnummer = p.Value, reservnummerOid = p.Oid, enhetHsaId = wardHsaId });
        stay.StatusCode.Should().Be(HttpStatusCode.Created, await stay.Content.ReadAsStringAsync());
        return (await stay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public Task<HttpResponseMessage> CreateInSamvyAsync(ReservePatient p) => samvy.PostAsync("Patient", new
    {
        resourceType = "Patient",
        identifier = new[] { new { system = p.System, value = p.Value } },
        name = new[] { new { family = p.Efternamn, given = new[] { p.Fornamn } } },
    });

    /// <summary>Creates the patient in Samvy and an Encounter on the ward; returns both ids.</summary>
    public async Task<(string PatientId, string EncounterId)> AdmitInSamvyAsync(ReservePatient p, string wardHsaId)
    {
        using var created = await CreateInSamvyAsync(p);
        var body = await created.Content.ReadAsStringAsync();
        created.IsSuccessStatusCode.Should().BeTrue(body);
        var patientId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        return (patientId, await samvy.CreateEncounterAsync(patientId, wardHsaId));
    }

    public async Task<JsonElement> LinkInSamsaAsync(ReservePatient p, string personnummer)
    {
        using var response = await samsa.Http.PostAsJsonAsync("api/patienter/sammankoppling", new { reservnummer = p.Value, reservnummerOid = p.Oid, personnummer });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> LinkInSamvyAsync(string patientId, string personnummer) => samvy.PostAsync($"Patient/{patientId}/$sammankoppla", new
    {
        resourceType = "Parameters",
        parameter = new[] { new { name = "personnummer", valueIdentifier = new { system = SamvyFhir.PersonnummerSystem, value = personnummer } } },
    });

    public Task<JsonElement[]> SamvyPatientsAsync(string system, string value) =>
        samvy.SearchAsync($"Patient?identifier={Uri.EscapeDataString($"{system}|{value}")}");

    /// <summary>The SAMSA inbox's personnummer column, once it holds <paramref name="count"/> rows that all satisfy <paramref name="done"/>.</summary>
    public Task<string[]> EventuallySamsaInboxAsync(string hsaId, int count, Func<string[], bool> done) =>
        Eventually.UntilAsync(
            async () => (await samsa.InboxAsync(hsaId)).Select(r => r.GetProperty("personnummer").GetString()!).ToArray(),
            rows => rows.Length >= count && done(rows));

    /// <summary>The Samvy patient ids that a unit's received Communications are about.</summary>
    public async Task<string[]> SamvySubjectsAsync(string recipientHsaId) =>
        [.. (await samvy.SearchAsync($"Communication?recipient=Organization/{recipientHsaId}"))
            .Where(c => c.TryGetProperty("received", out _))
            .Select(c => c.GetProperty("subject").GetProperty("reference").GetString()!)];
}
