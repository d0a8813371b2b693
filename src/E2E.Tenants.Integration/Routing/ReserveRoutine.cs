using System.Text.Json;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Routing;

/// <summary>
/// The region's reserve routine (P11): while Samvy cannot be reached, the messages meant for Samvy inboxes are
/// taken over here and listed per recipient unit (<see cref="ReserveRoutineEndpoints"/>), so the units can be told
/// by phone or on paper. After recovery each is delivered once, marked as carried by the reserve routine.
/// </summary>
public static class ReserveRoutine
{
    /// <summary>A delivery failed: a message for Samvy is from now on carried by the reserve routine.</summary>
    public static void TakeOver(RoutedMessageRecord record, SimulationState state)
    {
        if (record.Kind == RoutedKinds.Message && record.TargetSystem == SystemNames.Samvy)
        {
            record.ReserveSince ??= state.Clock.GetUtcNow().UtcDateTime;
        }
    }

    /// <summary>What is delivered: the message as accepted, marked with the take-over time when the routine carried it.</summary>
    public static string PayloadOf(RoutedMessageRecord record) =>
        record.ReserveSince is { } since ? Serialize(Read(record) with { Reservrutin = since }) : record.PayloadJson;

    /// <summary>
    /// Fault "dubbletter-efter-driftsstorning": a message the routine carried is delivered once more after
    /// recovery, under a new id, as if the units had entered the paper copy again.
    /// </summary>
    public static void AfterDelivery(IntegrationDb db, RoutedMessageRecord record, SimulationState state)
    {
        if (record.ReserveSince is null || !state.IsOn(KnownFaults.DuplicatesAfterOutage))
        {
            return;
        }
        var copy = Read(record) with { MeddelandeId = record.SourceMessageId + "-efter-driftsstorning" };
        db.RoutedMessages.Add(new RoutedMessageRecord
        {
            Kind = record.Kind,
            SourceSystem = record.SourceSystem,
            SourceMessageId = copy.MeddelandeId,
            TargetSystem = record.TargetSystem,
            PayloadJson = Serialize(copy),
            AcceptedAt = state.Clock.GetUtcNow().UtcDateTime,
            DueAt = DateTime.UtcNow,
        });
    }

    public static RoutedMessage Read(RoutedMessageRecord record) =>
        JsonSerializer.Deserialize<RoutedMessage>(record.PayloadJson, JsonSerializerOptions.Web)!;

    private static string Serialize(RoutedMessage message) => JsonSerializer.Serialize(message, JsonSerializerOptions.Web);
}
