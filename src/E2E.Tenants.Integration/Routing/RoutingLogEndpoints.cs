using System.Text.Json;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>
/// Test-only view of what the integration carries: waiting, delivered or dropped. Lets a scenario or a person
/// see where a message (or a receipt on its way back) is, e.g. held during an outage, without guessing from inboxes.
/// </summary>
public static class RoutingLogEndpoints
{
    /// <summary>A message as carried, with the content the receiver gets (after any fault changed it).</summary>
    public sealed record RoutedMessageView(
        long Id, string MeddelandeId, string Typ, string Fran, string Till, string MottagareHsaId, string Status,
        DateTimeOffset Accepterad, DateTimeOffset? Levererad, int Forsok,
        string AvsandareHsaId, string Patient, string Adress, DateOnly? BeraknatUtskrivningsdatum, DateTimeOffset? Tidpunkt,
        bool Uppdatering, IReadOnlyList<string> Bilagor, bool Reservrutin);

    public sealed record RoutedReceiptView(
        long Id, string MeddelandeId, string Kvittens, string Fran, string Till, string Status,
        DateTimeOffset Accepterad, DateTimeOffset? Levererad, int Forsok);

    public static RouteGroupBuilder MapRoutingLog(this RouteGroupBuilder sim)
    {
        // ?patient=19400101-1234 (repeatable; a personnummer in any form, or a reserve number's value): only those
        // patients' messages, so a scenario sees its own trail on a tenant the whole run shares.
        sim.MapGet("meddelanden", async (string[]? patient, IntegrationDb db, CancellationToken ct) =>
            Results.Ok((await RecordsAsync(db, RoutedKinds.Message, ct)).Select(MessageView)
                .Where(m => patient is not { Length: > 0 } || patient.Any(p => SamePatient(m.Patient, p)))));
        // ?meddelande=<id> (repeatable): only the receipts of those messages.
        sim.MapGet("kvittenser", async (string[]? meddelande, IntegrationDb db, CancellationToken ct) =>
            Results.Ok((await RecordsAsync(db, RoutedKinds.Receipt, ct)).Select(ReceiptView)
                .Where(r => meddelande is not { Length: > 0 } || meddelande.Contains(r.MeddelandeId))));
        sim.MapGet("handelser", async (IntegrationDb db, CancellationToken ct) =>
            Results.Ok((await RecordsAsync(db, RoutedKinds.Event, ct)).Select(m => new
            {
                m.Id, HandelseId = m.SourceMessageId, Fran = m.SourceSystem, Till = m.TargetSystem, Status = StatusOf(m),
                Levererad = m.DeliveredAt is { } at ? SwedishTime.ToSwedish(at) : (DateTimeOffset?)null, Forsok = m.Attempts,
            })));
        return sim;
    }

    private static async Task<List<RoutedMessageRecord>> RecordsAsync(IntegrationDb db, string kind, CancellationToken ct) =>
        await db.RoutedMessages.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync(ct);

    private static string StatusOf(RoutedMessageRecord m) => m.Dropped ? "tappad" : m.DeliveredAt is null ? "väntar" : "levererad";

    private static RoutedMessageView MessageView(RoutedMessageRecord m)
    {
        var message = JsonSerializer.Deserialize<RoutedMessage>(m.PayloadJson, JsonSerializerOptions.Web)!;
        var p = message.Patient;
        return new RoutedMessageView(
            m.Id, m.SourceMessageId, message.Typ, m.SourceSystem, m.TargetSystem, message.MottagareHsaId, StatusOf(m),
            SwedishTime.ToSwedish(m.AcceptedAt), m.DeliveredAt is { } at ? SwedishTime.ToSwedish(at) : null, m.Attempts,
            message.AvsandareHsaId, Personnummer.Display(p.Personnummer), $"{p.Gatuadress}, {p.Postnummer} {p.Postort}".Trim(' ', ','),
            message.BeraknatUtskrivningsdatum, message.Tidpunkt is { } t ? SwedishTime.ToSwedish(t) : null, message.Uppdatering,
            [.. (message.Bilagor ?? []).Select(b => $"{b.Namn} ({b.Storlek} byte)")], message.Reservrutin is not null);
    }

    // The view shows a patient as YYYYMMDD-NNNN, or "<value> (reservnummer <OID>)" (PatientIdentity.Display).
    private static bool SamePatient(string shown, string wanted)
    {
        wanted = wanted.Trim();
        return shown == wanted || shown.StartsWith(wanted + " (reservnummer ", StringComparison.Ordinal)
            || (Personnummer.Normalize(wanted) is { } digits && Personnummer.Normalize(shown) == digits);
    }

    private static RoutedReceiptView ReceiptView(RoutedMessageRecord m)
    {
        var receipt = JsonSerializer.Deserialize<RoutedReceipt>(m.PayloadJson, JsonSerializerOptions.Web)!;
        return new RoutedReceiptView(
            m.Id, receipt.MeddelandeId, receipt.Status, m.SourceSystem, m.TargetSystem, StatusOf(m),
            SwedishTime.ToSwedish(m.AcceptedAt), m.DeliveredAt is { } at ? SwedishTime.ToSwedish(at) : null, m.Attempts);
    }
}
