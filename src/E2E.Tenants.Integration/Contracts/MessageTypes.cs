namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// The message types of a coordination case. The code is the machine name (FHIR category code, routing type,
/// SAMSA API path); both UIs show the display text.
/// </summary>
public static class MessageTypes
{
    public const string Admission = "inskrivningsmeddelande";
    public const string AdmissionDisplay = "Inskrivningsmeddelande";
    public const string DischargeReady = "utskrivningsklar";
    public const string DischargeReadyWithdrawn = "atertagen-utskrivningsklar";
    public const string SipInvitation = "kallelse-sip";
    public const string Discharge = "utskrivningsmeddelande";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Admission] = AdmissionDisplay,
        [DischargeReady] = "Utskrivningsklar",
        [DischargeReadyWithdrawn] = "Återtagen utskrivningsklar",
        [SipInvitation] = "Kallelse till SIP",
        [Discharge] = "Utskrivningsmeddelande",
    };

    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);

    public static string Display(string code) => All.GetValueOrDefault(code, code);

    /// <summary>The confirmation a sending form shows (both UIs), per type; "andrat-utskrivningsdatum" for an estimate update.</summary>
    public static string SentText(string code) => code switch
    {
        Admission => "Inskrivningsmeddelandet har skickats",
        EstimateUpdate => "Det ändrade utskrivningsdatumet har skickats",
        DischargeReady => "Utskrivningsklar har skickats",
        DischargeReadyWithdrawn => "Återtagen utskrivningsklar har skickats",
        SipInvitation => "Kallelsen till SIP har skickats",
        Discharge => "Utskrivningsmeddelandet har skickats",
        _ => "Meddelandet har skickats",
    };

    /// <summary>Not a type of its own: the forms' name for sending a changed estimate as admission notices.</summary>
    public const string EstimateUpdate = "andrat-utskrivningsdatum";

    /// <summary>An estimate update reads as an admission notice too, so a search for the type finds both.</summary>
    public static string Display(string code, bool update) =>
        update ? $"{AdmissionDisplay} (ändrat utskrivningsdatum)" : Display(code);
}
