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

    public override string ToString() => Display;
}
