using System.Globalization;
using System.Net.Http.Json;
using E2E.Core.Tags;
using E2E.Drivers.Http;
using E2E.TestData;

namespace E2E.Drivers.Messages;

/// <summary>
/// What the integration carried for the scenario's patients, from the simulated integration's routing log
/// (_sim/meddelanden, _sim/kvittenser). Real environments have no such log: the reading says so instead. Read only
/// once a scenario has failed, bounded in time, and it never throws: evidence must not become a second failure.
/// </summary>
public sealed class IntegrationLog(TenantHttpClients http)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>A message as the routing log shows it (RoutingLogEndpoints.RoutedMessageView).</summary>
    public sealed record CarriedMessage(
        long Id, string MeddelandeId, string Typ, string Fran, string Till, string MottagareHsaId, string Status,
        DateTimeOffset Accepterad, DateTimeOffset? Levererad, int Forsok, string? Patient, string? Adress,
        DateOnly? BeraknatUtskrivningsdatum, DateTimeOffset? Tidpunkt, bool Uppdatering, IReadOnlyList<string>? Bilagor, bool Reservrutin);

    public sealed record CarriedReceipt(long Id, string MeddelandeId, string Kvittens, string Fran, string Till, string Status, DateTimeOffset? Levererad);

    /// <summary>The log's lines for the patients, or a note why there are none (real environment, no answer).</summary>
    public sealed record Reading(IReadOnlyList<string> Lines, string? Note);

    public async Task<Reading> ReadAsync(IReadOnlyList<Patient> patients)
    {
        if (!http.Endpoints.Has(CapabilityTags.MessageLog))
            return new([], $"Integrationens logg finns inte i miljön {http.Reachability.Environment} (förmågan " +
                           $"\"{CapabilityTags.MessageLog}\" står inte i miljöfilen): bara de simulerade tenanterna visar vad " +
                           "integrationen burit. Se integrationens egen övervakning.");
        if (patients.Count == 0) return new([], "Scenariot skickade inget om någon patient.");
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            var query = string.Join("&", patients.SelectMany(Identities).Distinct().Select(i => "patient=" + Uri.EscapeDataString(i)));
            var messages = await http.Integration.GetFromJsonAsync<List<CarriedMessage>>(
                "_sim/meddelanden?" + query, TenantHttpClients.Json, patience.Token) ?? [];
            if (messages.Count == 0)
                return new([], "Integrationen har inte burit något meddelande om scenariots patienter.");
            var receipts = await http.Integration.GetFromJsonAsync<List<CarriedReceipt>>(
                "_sim/kvittenser?" + string.Join("&", messages.Select(m => "meddelande=" + Uri.EscapeDataString(m.MeddelandeId))),
                TenantHttpClients.Json, patience.Token) ?? [];
            return new([.. messages.Select(Line), .. receipts.Select(Line)], null);
        }
        catch (Exception e)
        {
            return new([], $"Integrationens logg gick inte att läsa ({e.GetType().Name}: {e.Message.Split('\n', 2)[0].Trim()}).");
        }
    }

    // The patient as the log filters: the personnummer, and the reserve number's value while they are known by it.
    private static IEnumerable<string> Identities(Patient patient) =>
        patient.ReserveNumber is { } reserve ? [patient.DisplayPersonnummer, reserve.Value] : [patient.DisplayPersonnummer];

    private static string Line(CarriedMessage m)
    {
        var content = new List<string> { $"patient {m.Patient ?? "(saknas)"}" };
        content.Add(string.IsNullOrWhiteSpace(m.Adress) ? "adress (saknas)" : $"adress {m.Adress}");
        if (m.BeraknatUtskrivningsdatum is { } estimate) content.Add($"beräknat utskrivningsdatum {estimate:yyyy-MM-dd}");
        else if (m.Typ == MessageKind.AdmissionNotice.Code) content.Add("beräknat utskrivningsdatum (saknas)");
        if (m.Tidpunkt is { } at) content.Add($"tidpunkt {Shown(at)}");
        if (m.Uppdatering) content.Add("uppdatering");
        // Said also when there are none, so a file lost on the way (P08) stands out against what was sent.
        content.Add(m.Bilagor is { Count: > 0 } files ? "filer " + string.Join(", ", files) : "inga filer");
        if (m.Reservrutin) content.Add("buret av reservrutinen");
        return $"#{m.Id} {m.Typ} (id {m.MeddelandeId}) {m.Fran} → {m.Till}, mottagare {m.MottagareHsaId}: {m.Status.ToUpperInvariant()} " +
               $"(mottaget av integrationen {Shown(m.Accepterad)}, levererat {(m.Levererad is { } d ? Shown(d) : "–")}, " +
               $"{m.Forsok} leveransförsök); {string.Join("; ", content)}.";
    }

    private static string Line(CarriedReceipt r) =>
        $"#{r.Id} kvittens '{r.Kvittens}' på meddelande {r.MeddelandeId} {r.Fran} → {r.Till}: {r.Status.ToUpperInvariant()}" +
        $" (levererad {(r.Levererad is { } d ? Shown(d) : "–")}).";

    private static string Shown(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
