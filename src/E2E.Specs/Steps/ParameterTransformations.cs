using E2E.Drivers.Directory;
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
    [StepArgumentTransformation(
        @"((?:avdelning \d+ på|hemsjukvården i|biståndshandläggarna i|vårdcentralen) [\w-]+(?: [\w-]+)*?)", Name = "enhet")]
    public static KnownUnit Unit(string name) => UnitCatalogue.Find(name);

    /// <summary>Units at the end of a step, "hemsjukvården i Lerums kommun och hemsjukvården i Alingsås kommun" (", " and " och ").</summary>
    [StepArgumentTransformation(@"(.+)", Name = "enheter")]
    public static IReadOnlyList<KnownUnit> Units(string names) =>
        [.. names.Split([", ", " och "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(UnitCatalogue.Find)];

    [StepArgumentTransformation("(" + PatientDescription.Pattern + ")", Name = "patient")]
    public static PatientDescription Patient(string phrase) => new(phrase);

    /// <summary>
    /// A personnummer or samordningsnummer as written in a step or table: "19121212-1212", "191212121212",
    /// "121212-1212". Anything not on Skatteverket's test lists (or with a wrong check digit) fails here in Swedish,
    /// naming the value and why, before anything reaches a tenant.
    /// </summary>
    [StepArgumentTransformation(@"(\d{6}(?:\d{2})?[-+]?\d{4})", Name = "personnummer")]
    public E2E.TestData.Identities.Personnummer Personnummer(string value)
    {
        // A 10-digit number's century counts from the tenants' today.
        TestIdentityGuard.EnsureTestIdentity(value, clock.Today);
        return E2E.TestData.Identities.Personnummer.Parse(value, clock.Today);
    }

    /// <summary>A reserve number in VGR's format, "19380512M077"; a wrong sex letter, serial or check digit is named.</summary>
    [StepArgumentTransformation(@"(\d{8}[A-Za-z0-9]{3,5})", Name = "reservnummer")]
    public static E2E.TestData.Reserve.ReserveIdentity ReserveNumber(string value) =>
        E2E.TestData.Reserve.ReserveNumbers.Vgr(value);

    [StepArgumentTransformation("(SAMSA|Samvy)", Name = "system")]
    public static E2E.Organisation.CareSystem System(string name) => E2E.Organisation.CareSystemNames.Parse(name);

    /// <summary>"Lerums kommun", "Lilla Edets kommun", "Borås Stad", "Mölndals stad" (shortest match, so the step goes on).</summary>
    [StepArgumentTransformation(@"((?:[\w-]+ )+?(?:kommun|[Ss]tad))", Name = "kommun")]
    public static E2E.Organisation.Municipality Municipality(string phrase) =>
        E2E.Organisation.MunicipalityCatalogue.Find(phrase);

    [StepArgumentTransformation("(" + RelativeDate.Pattern + ")", Name = "datum")]
    public DateOnly Date(string phrase) => RelativeDate.Parse(phrase, clock.Today);

    /// <summary>A message as a sentence names it: "inskrivningsmeddelandet", "meddelandet om utskrivningsklar", …</summary>
    [StepArgumentTransformation("(inskrivningsmeddelandet|meddelandet om utskrivningsklar|återtagandet av utskrivningsklar|kallelsen till SIP|utskrivningsmeddelandet)", Name = "meddelande")]
    public static E2E.Drivers.Messages.MessageKind Message(string phrase) => E2E.Drivers.Messages.MessageKind.FromDefinite(phrase);

    /// <summary>A time of day as testers write it after "kl.": "10.00", "9.30" or "14:15"; an impossible one is named.</summary>
    /// <summary>An inbox as the systems describe it beside a unit: "SAMSA-inkorg", "Samvy-inkorg via integrationen".</summary>
    [StepArgumentTransformation("((?:SAMSA|Samvy)-inkorg(?: via integrationen)?)", Name = "inkorg")]
    public static string Inbox(string text) => text;

    [StepArgumentTransformation(@"(\d{1,2}[.:]\d{2})", Name = "klockslag")]
    public static TimeOnly TimeOfDay(string text) =>
        TimeOnly.TryParseExact(text.Replace(':', '.'), ["H.mm", "HH.mm"], out var time) ? time
            : throw new ArgumentException($"'{text}' är inget klockslag. Skriv t.ex. 10.00.");

    /// <summary>A person's profession at a unit, as a sentence names them: "sjuksköterskan", "läkaren", "distriktssköterskan".</summary>
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
    [StepArgumentTransformation("(" + SwedishMoment.Pattern + ")", Name = "tidpunkt")]
    public static DateTimeOffset Moment(string text) => SwedishMoment.Parse(text);
}
