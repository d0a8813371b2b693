namespace E2E.Drivers.Messages;

/// <summary>
/// A kind of message between the units, as the systems' code (API, routing) and their pages ("Typ") name it, and
/// as a sentence names it ("inskrivningsmeddelandet").
/// </summary>
public sealed record MessageKind(string Code, string Display, string Definite)
{
    public static readonly MessageKind AdmissionNotice = new("inskrivningsmeddelande", "Inskrivningsmeddelande", "inskrivningsmeddelandet");

    public override string ToString() => Display;
}
