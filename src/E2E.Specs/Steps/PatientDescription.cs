using System.Text.RegularExpressions;
using E2E.TestData;

namespace E2E.Specs.Steps;

/// <summary>
/// Who the patient is, as a tester says it: "en patient", "en kvinna", "en man född 1938", "en kvinna över 80",
/// "en man 100 år eller äldre". Applied to the scenario's patient builder; identities still come only from
/// Skatteverket's test lists.
/// </summary>
public sealed partial record PatientDescription(string Phrase)
{
    public const string Pattern = @"en (?:patient|kvinna|man)(?: född \d{4}| över \d+| \d+ år eller äldre)?";

    public PatientBuilder ApplyTo(PatientBuilder patients)
    {
        var match = Parts().Match(Phrase);
        if (!match.Success)
            throw new ArgumentException($"Förstår inte patientbeskrivningen \"{Phrase}\". Skriv t.ex. \"en kvinna över 80\".");
        if (match.Groups["who"].Value == "kvinna") patients.Woman();
        if (match.Groups["who"].Value == "man") patients.Man();
        if (match.Groups["born"].Success) patients.BornIn(int.Parse(match.Groups["born"].Value));
        if (match.Groups["over"].Success) patients.OlderThan(int.Parse(match.Groups["over"].Value));
        if (match.Groups["atleast"].Success) patients.AgedAtLeast(int.Parse(match.Groups["atleast"].Value));
        return patients;
    }

    [GeneratedRegex(@"^en (?<who>patient|kvinna|man)(?: född (?<born>\d{4})| över (?<over>\d+)| (?<atleast>\d+) år eller äldre)?$")]
    private static partial Regex Parts();
}
