namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// The states a message goes through: sent by the sender, delivered into the recipient's inbox, read when the
/// recipient opens it, acknowledged when the recipient confirms it. Codes are used in APIs, displays in UIs.
/// </summary>
public static class MessageStates
{
    public const string Sent = "skickad";
    public const string Delivered = "levererad";
    public const string Read = "last";
    public const string Acknowledged = "kvitterad";

    public static string Display(string code) => code switch
    {
        Sent => "Skickad",
        Delivered => "Levererad",
        Read => "Läst",
        Acknowledged => "Kvitterad",
        _ => code,
    };

    /// <summary>The furthest state reached, from the timestamps a message keeps.</summary>
    public static string Of(DateTime? delivered, DateTime? read, DateTime? acknowledged) =>
        acknowledged is not null ? Acknowledged : read is not null ? Read : delivered is not null ? Delivered : Sent;
}

/// <summary>
/// A state change the recipient's system reports back to the sender's, through the integration like a message:
/// "the message <see cref="MeddelandeId"/> that <see cref="MeddelandeSystem"/> sent is now <see cref="Status"/>".
/// </summary>
public sealed record RoutedReceipt(string AvsandarSystem, string MeddelandeSystem, string MeddelandeId, string Status, DateTime Tidpunkt)
{
    /// <summary>The idempotency key: one receipt per message and state, however often it is handed over.</summary>
    public string KvittensId => $"{Status}:{MeddelandeId}";

    /// <summary>
    /// A receipt from the recipient's system for a notice it got through the integration, addressed by the notice's
    /// external id "System:id" back to the system that sent it.
    /// </summary>
    public static RoutedReceipt For(string recipientSystem, string externalId, string state, DateTime at)
    {
        var parts = externalId.Split(':', 2);
        return new RoutedReceipt(recipientSystem, parts[0], parts[^1], state, at);
    }
}
