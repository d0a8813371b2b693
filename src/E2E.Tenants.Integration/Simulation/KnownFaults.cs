namespace E2E.Tenants.Integration.Simulation;

/// <summary>
/// Named faults the simulation can switch on, each imitating one risk of the report, with the Swedish description
/// shown to testers. All are off by default. A fault is listed here only once it has an effect and a test that
/// proves it (FaultCatalogueTests).
/// </summary>
public static class KnownFaults
{
    public const string DropMessages = "tappa-meddelanden";
    public const string DropFirstMessage = "tappa-forsta-meddelandet";
    public const string DuplicateMessages = "dubbla-meddelanden";
    public const string SamsaDown = "samsa-nere";
    public const string SamvyDown = "samvy-nere";
    public const string AdmissionNoticeMissingData = "inskrivning-saknar-uppgifter";
    public const string WrongSystemAfterGoLive = "fel-system-efter-driftsattning";
    public const string ShowUnitsNotLive = "visa-ej-driftsatta-inkorgar";
    public const string DoubleCountPaymentDays = "dubbelrakna-betaldagar";
    public const string AllowDuplicateSip = "tillat-dubbla-sip";
    public const string ReserveNumberWithoutOid = "reservnummer-utan-oid";
    public const string DropAttachments = "tappa-bilagor";
    public const string NoOngoingCaseFlag = "ingen-pagaende-flagga";
    public const string StatisticsDoubleCount = "statistik-dubbelraknar";
    public const string DuplicatesAfterOutage = "dubbletter-efter-driftsstorning";
    public const string ReadOtherUnitsInbox = "las-andra-enheters-inkorg";
    public const string DischargeWrongDay = "utskrivning-fel-dag";
    public const string WithdrawnDoesNotStopPayment = "aterkallad-stoppar-ej-betalning";
    public const string DropActiveSipsAtDecommissioning = "tappa-aktiva-sip-vid-avveckling";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DropMessages] = "Meddelanden som går mellan systemen tappas utan felmeddelande.",
        [DropFirstMessage] = "Bara det första meddelandet som ska gå mellan systemen efter att felet slagits på (eller vid start) tappas utan felmeddelande; senare meddelanden går fram. Visar ett instabilt scenario (run --omforsok).",
        [DuplicateMessages] = "Meddelanden som går mellan systemen levereras två gånger (som två olika meddelanden).",
        [SamsaDown] = "SAMSA är nere (driftsstörning): allt svarar 503; integrationen försöker igen tills SAMSA är uppe.",
        [SamvyDown] = "Samvy är nere (driftsstörning): allt svarar 503; integrationen försöker igen tills Samvy är uppe.",
        [AdmissionNoticeMissingData] = "Inskrivningsmeddelanden som går mellan systemen tappar adress och beräknat utskrivningsdatum.",
        [WrongSystemAfterGoLive] = "Katalogen svarar SAMSA för en enhet även efter dess driftsättningsdatum i Samvy.",
        [ShowUnitsNotLive] = "Samvy visar och tar emot enheter som ännu inte driftsatt Samvy (mottagarval, sök och API).",
        [DoubleCountPaymentDays] = "Samkörningen räknar betaldagar från båda systemen när patienten flyttat mellan dem.",
        [AllowDuplicateSip] = "En andra SIP för samma patient och vårdtillfälle tillåts i det andra systemet.",
        [ReserveNumberWithoutOid] = "Reservnummer jämförs utan utfärdare (OID): samma värde hos en annan utfärdare kopplas ihop.",
        [DropAttachments] = "Bifogade filer försvinner när meddelandet går mellan systemen.",
        [NoOngoingCaseFlag] = "Samvy visar inte att ett SAMSA-ärende pågår för patienten.",
        [StatisticsDoubleCount] = "Månadsuppföljningen räknar en patient två gånger när den finns i båda systemen.",
        [DuplicatesAfterOutage] = "Meddelanden som reservrutinen burit under en driftsstörning levereras en gång till efter återstart.",
        [ReadOtherUnitsInbox] = "Behörighetskontrollen saknas: en användare kan läsa andra enheters inkorg.",
        [DischargeWrongDay] = "Utskrivningsmeddelandet får utskrivningsdagen en dag för sent när det går mellan systemen.",
        [WithdrawnDoesNotStopPayment] = "En återtagen utskrivningsklar stoppar inte betaldagarna.",
        [DropActiveSipsAtDecommissioning] = "Avvecklingen av SAMSA listar bara SIP:ar i öppna ärenden: en aktiv SIP vars ärende stängts varken förs över eller avslutas, och SAMSA blir skrivskyddat med den kvar.",
    };

    /// <summary>Which processes (processes.md) each fault threatens: the scenarios of those processes must catch it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Threatens = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [DropMessages] = ["P04", "P05", "P14", "P15"],
        [DropFirstMessage] = ["P04"],
        [DuplicateMessages] = ["P04", "P14"],
        [SamsaDown] = ["P11"],
        [SamvyDown] = ["P11"],
        [AdmissionNoticeMissingData] = ["P04"],
        [WrongSystemAfterGoLive] = ["P01", "P02"],
        [ShowUnitsNotLive] = ["P03"],
        [DoubleCountPaymentDays] = ["P05"],
        [AllowDuplicateSip] = ["P06"],
        [ReserveNumberWithoutOid] = ["P07"],
        [DropAttachments] = ["P08"],
        [NoOngoingCaseFlag] = ["P09"],
        [StatisticsDoubleCount] = ["P10"],
        [DuplicatesAfterOutage] = ["P11"],
        [ReadOtherUnitsInbox] = ["P12"],
        [DischargeWrongDay] = ["P14"],
        [WithdrawnDoesNotStopPayment] = ["P15"],
        [DropActiveSipsAtDecommissioning] = ["P13"],
    };

    public static bool IsKnown(string name) => All.ContainsKey(name);

    public static string UnknownMessage(string name) =>
        $"Okänt fel \"{name}\". Kända fel: {string.Join(", ", All.Keys)}.";
}
