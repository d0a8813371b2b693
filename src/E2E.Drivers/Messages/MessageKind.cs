namespace E2E.Drivers.Messages;

/// <summary>
/// A kind of message between the units: its code in the systems' APIs and routing, its name in the pages' "Typ"
/// column, how a sentence names it, the action a person takes to send it and the confirmation both systems show.
/// </summary>
public sealed record MessageKind(string Code, string Display, string Definite, string Action, string Confirmation)
{
    public static readonly MessageKind AdmissionNotice = new("inskrivningsmeddelande", "Inskrivningsmeddelande",
        "inskrivningsmeddelandet", "Skicka inskrivningsmeddelande", "Inskrivningsmeddelandet har skickats");

    public static readonly MessageKind DischargeReady = new("utskrivningsklar", "Utskrivningsklar",
        "meddelandet om utskrivningsklar", "Skicka utskrivningsklar", "Utskrivningsklar har skickats");

    public static readonly MessageKind DischargeNotice = new("utskrivningsmeddelande", "Utskrivningsmeddelande",
        "utskrivningsmeddelandet", "Skicka utskrivningsmeddelande", "Utskrivningsmeddelandet har skickats");

    public static readonly MessageKind ReadinessWithdrawn = new("atertagen-utskrivningsklar", "Återtagen utskrivningsklar",
        "återtagandet av utskrivningsklar", "Återta utskrivningsklar", "Återtagen utskrivningsklar har skickats");

    /// <summary>Sent by the system to each participant when a SIP is called (P06), not through a send form.</summary>
    public static readonly MessageKind SipInvitation = new("kallelse-sip", "Kallelse till SIP",
        "kallelsen till SIP", "Kalla till SIP", "Kallelsen till SIP har skickats");

    public static readonly IReadOnlyList<MessageKind> All = [AdmissionNotice, DischargeReady, ReadinessWithdrawn, SipInvitation, DischargeNotice];

    /// <summary>The kind a step names ("utskrivningsmeddelandet"); unknown → a Swedish message naming the known ones.</summary>
    public static MessageKind FromDefinite(string phrase) =>
        All.FirstOrDefault(k => k.Definite.Equals(phrase.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Okänt meddelande '{phrase}'. Kända: {string.Join(", ", All.Select(k => k.Definite))}.");

    public override string ToString() => Display;
}
