namespace E2E.Drivers.Directory;

/// <summary>
/// One unit in a system's recipient picker as a person sees it: its name, and the inbox shown beside it, e.g.
/// "SAMSA-inkorg" or "Samvy-inkorg via integrationen".
/// </summary>
public sealed record OfferedRecipient(string Name, string Inbox)
{
    /// <summary>How a system describes the inbox of a unit working in <paramref name="inboxSystem"/>.</summary>
    public static string InboxText(string inboxSystem, string pickerSystem) =>
        inboxSystem == pickerSystem ? $"{inboxSystem}-inkorg" : $"{inboxSystem}-inkorg via integrationen";

    public override string ToString() => $"{Name} ({Inbox})";
}
