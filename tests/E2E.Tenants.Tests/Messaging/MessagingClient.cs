using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>Where a test's patient lies: a SAMSA stay and case, or a Samvy patient and encounter.</summary>
public sealed record Admitted(Direction Direction, int StayId, int CaseId, string PatientId, string EncounterId);

/// <summary>A message as it landed in a recipient's inbox, read the same way from SAMSA's REST API and Samvy's FHIR API.</summary>
public sealed record Landed(
    string Id, string Typ, bool Uppdatering, string? BeraknatUtskrivningsdatum, DateTimeOffset? Tidpunkt, string? Adress,
    string Status, string[] Deltagare);

/// <summary>Sends every message type in either system and reads inboxes and states, over HTTP only.</summary>
public sealed partial class MessagingClient(SamsaApi samsa, SamvyFhir samvy)
{
    /// <summary>The estimated discharge day, after the admission day (SAMSA refuses one before it).</summary>
    public static readonly string Estimate = TestClock.Day(1);

    /// <summary>A SIP meeting two weeks ahead (both systems refuse one that has passed).</summary>
    public static readonly string Meeting = TestClock.At(14, "10:00");

    /// <summary>The discharge, after the admission (SAMSA refuses one before it).</summary>
    public static readonly string DischargeTime = TestClock.At(5, "14:00");
    public static readonly string[] Participants = ["Sjuksköterska, Avdelning 32", "Biståndshandläggare, Lerum"];

    public async Task<Admitted> AdmitAsync(Direction direction, TestPatient patient)
    {
        if (direction.From == Direction.Samsa)
        {
            var stay = await samsa.AdmitAsync(patient, direction.Ward);
            var cases = await samsa.Http.GetFromJsonAsync<JsonElement[]>($"api/arenden?personnummer={patient.Personnummer}");
            return new Admitted(direction, stay, cases!.Single(c => c.GetProperty("vardtillfalleId").GetInt32() == stay).GetProperty("id").GetInt32(), "", "");
        }
        var patientId = await samvy.CreatePatientAsync(patient);
        return new Admitted(direction, 0, 0, patientId, await samvy.CreateEncounterAsync(patientId, direction.Ward));
    }

    /// <summary>Sends a complete message of the type; returns its id in the sender's system.</summary>
    public async Task<string> SendAsync(Admitted from, string type, string? recipient = null)
    {
        using var response = await TrySendAsync(from, type, recipient ?? from.Direction.Recipient, Complete(type));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id");
        return id.ValueKind == JsonValueKind.Number ? id.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : id.GetString()!;
    }

    public static Dictionary<string, object?> Complete(string type) => type switch
    {
        Types.Admission => new() { ["beraknatUtskrivningsdatum"] = Estimate },
        Types.Sip => new() { ["motestid"] = Meeting, ["deltagare"] = Participants },
        Types.Discharge => new() { ["utskrivningstid"] = DischargeTime },
        _ => [],
    };

    public Task<HttpResponseMessage> TrySendAsync(Admitted from, string type, string recipient, Dictionary<string, object?> data)
    {
        if (from.Direction.From == Direction.Samsa)
        {
            var body = new Dictionary<string, object?>(data) { ["vardtillfalleId"] = from.StayId, ["mottagareHsaId"] = recipient };
            return samsa.Http.PostAsJsonAsync($"api/meddelanden/{type}", body);
        }
        return samvy.PostAsync("Communication", SamvyCommunication(from, type, recipient, data));
    }

    /// <summary>The recipient unit's inbox in its own system.</summary>
    public async Task<Landed[]> InboxAsync(string system, string hsaId)
    {
        if (system == Direction.Samsa)
        {
            return [.. (await samsa.InboxAsync(hsaId)).Select(FromSamsa)];
        }
        var found = await samvy.SearchAsync($"Communication?recipient=Organization/{hsaId}");
        return [.. found.Where(c => c.TryGetProperty("received", out _)).Select(FromSamvy)];
    }

    public async Task<Landed[]> EventuallyInboxAsync(string system, string hsaId, int atLeast) =>
        await Eventually.UntilAsync(() => InboxAsync(system, hsaId), rows => rows.Length >= atLeast);

    /// <summary>
    /// The recipient opens (and acknowledges) the message in its own system, acting as the receiving unit (the
    /// seeded recipient of that system unless named): only the recipient may.
    /// </summary>
    public async Task MarkAsync(string system, string id, bool acknowledge, string? recipientHsaId = null)
    {
        var (http, path) = system == Direction.Samsa
            ? (samsa.Http, $"api/meddelanden/{id}/{(acknowledge ? "kvittera" : "last")}")
            : (samvy.Http, $"Communication/{id}/${(acknowledge ? "kvittera" : "las")}");
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        ActingUnitHandler.ActAs(request, recipientHsaId ?? new Direction(system, system).Recipient);
        using var response = await http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The state of a sent message as the sender's own system shows it.</summary>
    public async Task<string> SenderStateAsync(Admitted from, string id) => from.Direction.From == Direction.Samsa
        ? (await samsa.Http.GetFromJsonAsync<JsonElement>($"api/meddelanden/{id}")).GetProperty("status").GetString()!
        : StateOf(await samvy.Http.GetFromJsonAsync<JsonElement>($"Communication/{id}"));

    public Task<string> EventuallySenderStateAsync(Admitted from, string id, string state) =>
        Eventually.UntilAsync(() => SenderStateAsync(from, id), s => s == state);
}
