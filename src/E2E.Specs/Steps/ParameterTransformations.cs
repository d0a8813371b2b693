using E2E.Drivers.Directory;
using E2E.Runner.Catalog;
using E2E.Specs.Support;
using E2E.TestData;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// The words testers use for units, systems, municipalities and dates, as Cucumber-expression parameter types:
/// {enhet}, {enheter}, {system}, {kommun}, {datum}, {tidpunkt}, {klockslag}, {yrke}, {meddelande}, {patient}, {personnummer}, {reservnummer}. One capture group each: Reqnroll passes the groups as arguments.
/// </summary>
[Binding]
public sealed class ParameterTransformations(ScenarioClock clock)
{
    /// <summary>
    /// A unit of the shared organisation catalogue: "avdelning 32 på NÄL", "avdelning 21 på Östra sjukhuset",
    /// "hemsjukvården i Lerums kommun", "biståndshandläggarna i Borås Stad", "vårdcentralen Hisings Backa".
    /// The words after the unit kind are lazy, so the rest of the step still matches; an unknown unit fails with
    /// a Swedish message naming the closest known units.
    /// </summary>
    [ParameterHelp("En enhet ur regionens och kommunernas organisationskatalog, skriven som verksamheten säger den. En okänd enhet stoppar scenariot med de närmaste kända enheterna.", Values = nameof(UnitNames))]
    [StepArgumentTransformation(
        @"((?:avdelning \d+ på|hemsjukvården i|biståndshandläggarna i|vårdcentralen) [\w-]+(?: [\w-]+)*?)", Name = "enhet")]
    public static KnownUnit Unit(string name) => UnitCatalogue.Find(name);

    /// <summary>Units at the end of a step, "hemsjukvården i Lerums kommun och hemsjukvården i Alingsås kommun" (", " and " och ").</summary>
    [ParameterHelp("Flera enheter ({enhet}) sist i steget, åtskilda med komma och \"och\": \"hemsjukvården i Lerums kommun och hemsjukvården i Alingsås kommun\".")]
    [StepArgumentTransformation(@"(.+)", Name = "enheter")]
    public static IReadOnlyList<KnownUnit> Units(string names) =>
        [.. names.Split([", ", " och "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(UnitCatalogue.Find)];

    [ParameterHelp("Vem patienten är. Personnumret väljs alltid ur Skatteverkets testpersonnummer som passar beskrivningen.", Values = nameof(PatientPhrases))]
    [StepArgumentTransformation("(" + PatientDescription.Pattern + ")", Name = "patient")]
    public static PatientDescription Patient(string phrase) => new(phrase);

    /// <summary>
    /// A personnummer or samordningsnummer as written in a step or table: "19121212-1212", "191212121212",
    /// "121212-1212". Anything not on Skatteverket's test lists (or with a wrong check digit) fails here in Swedish,
    /// naming the value and why, before anything reaches a tenant.
    /// </summary>
    [ParameterHelp("Ett personnummer eller samordningsnummer med 12 eller 10 siffror, t.ex. 19121212-1212. Bara nummer ur Skatteverkets listor över testpersonnummer godtas; ett annat stoppas innan det når en tenant.")]
    [StepArgumentTransformation(@"(\d{6}(?:\d{2})?[-+]?\d{4})", Name = "personnummer")]
    public E2E.TestData.Identities.Personnummer Personnummer(string value)
    {
        // A 10-digit number's century counts from the tenants' today.
        TestIdentityGuard.EnsureTestIdentity(value, clock.Today);
        return E2E.TestData.Identities.Personnummer.Parse(value, clock.Today);
    }

    /// <summary>A reserve number in VGR's format, "19380512M077"; a wrong sex letter, serial or check digit is named.</summary>
    [ParameterHelp("Ett reservnummer i VGR:s format, födelsedatum, könsbokstav och löpnummer med kontrollsiffra: 19380512M077. Fel bokstav, löpnummer eller kontrollsiffra stoppar scenariot.")]
    [StepArgumentTransformation(@"(\d{8}[A-Za-z0-9]{3,5})", Name = "reservnummer")]
    public static E2E.TestData.Reserve.ReserveIdentity ReserveNumber(string value) =>
        E2E.TestData.Reserve.ReserveNumbers.Vgr(value);

    [ParameterHelp("Ett av de två systemen.", Values = nameof(SystemNames))]
    [StepArgumentTransformation("(SAMSA|Samvy)", Name = "system")]
    public static E2E.Organisation.CareSystem System(string name) => E2E.Organisation.CareSystemNames.Parse(name);

    /// <summary>"Lerums kommun", "Lilla Edets kommun", "Borås Stad", "Mölndals stad" (shortest match, so the step goes on).</summary>
    [ParameterHelp("En kommun i Västra Götaland, som kommunen själv skriver sitt namn.", Values = nameof(MunicipalityNames))]
    [StepArgumentTransformation(@"((?:[\w-]+ )+?(?:kommun|[Ss]tad))", Name = "kommun")]
    public static E2E.Organisation.Municipality Municipality(string phrase) =>
        E2E.Organisation.MunicipalityCatalogue.Find(phrase);

    [ParameterHelp("Ett datum räknat från tenanternas dag idag (testklockan), aldrig från datorns kalender.", Values = nameof(DatePhrases))]
    [StepArgumentTransformation("(" + RelativeDate.Pattern + ")", Name = "datum")]
    public DateOnly Date(string phrase) => RelativeDate.Parse(phrase, clock.Today);

    /// <summary>A message as a sentence names it: "inskrivningsmeddelandet", "meddelandet om utskrivningsklar", …</summary>
    [ParameterHelp("Ett meddelande mellan enheterna, i bestämd form.", Values = nameof(MessagePhrases))]
    [StepArgumentTransformation("(inskrivningsmeddelandet|meddelandet om utskrivningsklar|återtagandet av utskrivningsklar|kallelsen till SIP|utskrivningsmeddelandet)", Name = "meddelande")]
    public static E2E.Drivers.Messages.MessageKind Message(string phrase) => E2E.Drivers.Messages.MessageKind.FromDefinite(phrase);

    /// <summary>An inbox as the systems describe it beside a unit: "SAMSA-inkorg", "Samvy-inkorg via integrationen".</summary>
    [ParameterHelp("En inkorg som systemen visar den bredvid en enhet i mottagarvalet.", Values = nameof(InboxPhrases))]
    [StepArgumentTransformation("((?:SAMSA|Samvy)-inkorg(?: via integrationen)?)", Name = "inkorg")]
    public static string Inbox(string text) => text;

    /// <summary>A time of day as testers write it after "kl.": "10.00", "9.30" or "14:15"; an impossible one is named.</summary>
    [ParameterHelp("Ett klockslag efter \"kl.\": 10.00, 9.30 eller 14:15. Ett omöjligt klockslag stoppar scenariot.")]
    [StepArgumentTransformation(@"(\d{1,2}[.:]\d{2})", Name = "klockslag")]
    public static TimeOnly TimeOfDay(string text) =>
        TimeOnly.TryParseExact(text.Replace(':', '.'), ["H.mm", "HH.mm"], out var time) ? time
            : throw new ArgumentException($"'{text}' är inget klockslag. Skriv t.ex. 10.00.");

    /// <summary>A person's profession at a unit, as a sentence names them: "sjuksköterskan", "läkaren", "distriktssköterskan".</summary>
    [ParameterHelp("En yrkesroll vid enheten, i bestämd form.", Values = nameof(ProfessionPhrases))]
    [StepArgumentTransformation("(sjuksköterskan|läkaren|distriktssköterskan|undersköterskan|biståndshandläggaren)", Name = "yrke")]
    public static string Profession(string phrase) => phrase switch
    {
        "sjuksköterskan" => E2E.Organisation.StaffRoles.Nurse,
        "läkaren" => E2E.Organisation.StaffRoles.Doctor,
        "distriktssköterskan" => E2E.Organisation.StaffRoles.DistrictNurse,
        "undersköterskan" => E2E.Organisation.StaffRoles.AssistantNurse,
        _ => E2E.Organisation.StaffRoles.NeedsAssessor,
    };

    /// <summary>A moment in Swedish time, "fredag 6 mars 2026 kl. 09.00"; a weekday that does not fit is named.</summary>
    [ParameterHelp("En tidpunkt i svensk tid med veckodag, datum och klockslag: fredag 6 mars 2026 kl. 09.00. En veckodag som inte stämmer med datumet stoppar scenariot.")]
    [StepArgumentTransformation("(" + SwedishMoment.Pattern + ")", Name = "tidpunkt")]
    public static DateTimeOffset Moment(string text) => SwedishMoment.Parse(text);

    // The accepted values, for the step catalogue (ParameterHelp.Values): read from the same catalogues as above.
    private static IEnumerable<string> UnitNames() => UnitCatalogue.All.GroupBy(u => u.Type)
        .Select(g => $"{KindName(g.Key)}: {string.Join(", ", g.Select(u => u.BusinessName))}");

    private static string KindName(string kind) => kind switch
    {
        E2E.Organisation.UnitKinds.Ward => "Avdelningar",
        E2E.Organisation.UnitKinds.HomeCare => "Hemsjukvård",
        E2E.Organisation.UnitKinds.NeedsAssessment => "Biståndshandläggare",
        _ => "Vårdcentraler",
    };

    private static IEnumerable<string> PatientPhrases() =>
        ["en patient, en kvinna, en man", "… född 1938, … över 80, … 100 år eller äldre (t.ex. en kvinna över 80)"];

    private static IEnumerable<string> SystemNames() => ["SAMSA, Samvy"];

    private static IEnumerable<string> MunicipalityNames() => [string.Join(", ", E2E.Organisation.MunicipalityCatalogue.All.Select(m => m.OfficialName))];

    private static IEnumerable<string> DatePhrases() =>
        ["idag, imorgon, igår (även i dag, i morgon, i går)", "om 5 dagar, för 2 dagar sedan",
         $"på {string.Join(", på ", SwedishMoment.Weekdays.Skip(1).Append(SwedishMoment.Weekdays[0]))} (nästa sådan dag, aldrig idag)",
         "ett datum: 2026-03-06"];

    private static IEnumerable<string> MessagePhrases() =>
        ["inskrivningsmeddelandet, meddelandet om utskrivningsklar, återtagandet av utskrivningsklar, kallelsen till SIP, utskrivningsmeddelandet"];

    private static IEnumerable<string> InboxPhrases() =>
        ["SAMSA-inkorg, Samvy-inkorg, SAMSA-inkorg via integrationen, Samvy-inkorg via integrationen"];

    private static IEnumerable<string> ProfessionPhrases() =>
        ["sjuksköterskan, läkaren, distriktssköterskan, undersköterskan, biståndshandläggaren"];
}
