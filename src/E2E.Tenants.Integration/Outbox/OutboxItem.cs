using System.Text.Json;
using E2E.Tenants.Integration.Contracts;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Outbox;

/// <summary>
/// A message or receipt waiting in the sender system's outbox. Saved in the same transaction as the change it
/// reports, so nothing is lost if the integration is away; handed over by <see cref="OutboxDispatcher{TDb}"/>.
/// </summary>
public sealed class OutboxItem
{
    public long Id { get; set; }
    public required string MessageId { get; set; }
    public string Kind { get; set; } = RoutedKinds.Message;
    public required string PayloadJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DispatchedAt { get; set; }
    public int Attempts { get; set; }

    public static OutboxItem For(RoutedMessage message, DateTime now) => For(RoutedKinds.Message, message.MeddelandeId, message, now);

    public static OutboxItem For(RoutedIdentityLink link, DateTime now) => For(RoutedKinds.IdentityLink, $"sammankoppling:{link.LankId}", link, now);

    public static OutboxItem For(RoutedEvent change, DateTime now) => For(RoutedKinds.Event, $"handelse:{change.HandelseId}", change, now);

    public static OutboxItem For(RoutedReceipt receipt, DateTime now) => For(RoutedKinds.Receipt, $"kvittens:{receipt.KvittensId}", receipt, now);

    private static OutboxItem For<T>(string kind, string id, T payload, DateTime now) => new()
    {
        MessageId = id,
        Kind = kind,
        PayloadJson = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
        CreatedAt = now,
    };
}

/// <summary>What the integration carries: messages to a recipient, receipts back to a sender, links and events to the other system.</summary>
public static class RoutedKinds
{
    public const string Message = "meddelande";
    public const string Receipt = "kvittens";
    public const string IdentityLink = "sammankoppling";
    public const string Event = "handelse";

    /// <summary>The path segment each kind is handed over and delivered at (api/… on the integration, …/integration/… on a tenant).</summary>
    public static string Route(string kind) => kind switch
    {
        Receipt => "kvittenser",
        IdentityLink => "sammankopplingar",
        Event => "handelser",
        _ => "meddelanden",
    };
}

public static class OutboxModel
{
    public static void MapOutbox(this ModelBuilder model) =>
        model.Entity<OutboxItem>(e =>
        {
            e.ToTable("Utkorg");
            e.HasIndex(x => x.MessageId).IsUnique();
            e.HasIndex(x => x.DispatchedAt);
        });
}
