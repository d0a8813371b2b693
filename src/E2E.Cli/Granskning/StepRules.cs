using System.Text.RegularExpressions;
using E2E.TestData;
using Gherkin.Ast;

namespace E2E.Cli.Granskning;

/// <summary>
/// What a step may say: business words, not the screen (no buttons, clicks, fields, addresses or ids), and no
/// personnummer that is not one of Skatteverket's test identities (a real person's number must never be written down).
/// </summary>
internal static partial class StepRules
{
    public static IEnumerable<Finding> Check(FeatureFile file)
    {
        foreach (var step in file.Steps)
        {
            var line = FeatureFile.LineOf(step.Location);
            foreach (Match word in UiWord().Matches(step.Text))
                yield return new Finding(file.Path, line, "ui-ord", word.Value.ToLowerInvariant(),
                    $"Steget \"{step.Keyword.Trim()} {step.Text}\" nämner skärmen: \"{word.Value}\".",
                    "Skriv vad personen gör och ser i verksamhetens ord (\"skickar inskrivningsmeddelande\", \"ser meddelandet i sin inkorg\"), inte hur sidan ser ut.");
            foreach (var (value, at) in Numbers(step))
            {
                if (TestIdentityGuard.Check(value, Today) is { } refusal)
                    yield return new Finding(file.Path, at ?? line, "personnummer", value, refusal.Message.Replace("Stoppat av testidentitetsvakten: ", ""),
                        "Använd ett testpersonnummer ur src/E2E.TestData/Data/ (Skatteverkets listor), eller beskriv patienten (\"en patient folkbokförd i Lerums kommun\").");
            }
        }
    }

    // A 10-digit number's century counts from the run's today, as in the scenarios, never from the machine's calendar.
    private static DateOnly Today => E2E.Core.Time.SwedishTime.DateOf(E2E.Core.Time.SuiteNow.Value);

    // The step's text, its table cells and its doc string, each with the line it stands on when it has its own.
    private static IEnumerable<(string Value, int? Line)> Numbers(Step step)
    {
        foreach (Match m in PersonnummerLike().Matches(step.Text)) yield return (m.Value, null);
        if (step.Argument is DataTable table)
            foreach (var row in table.Rows)
                foreach (var cell in row.Cells)
                    foreach (Match m in PersonnummerLike().Matches(cell.Value)) yield return (m.Value, FeatureFile.LineOf(row.Location));
        if (step.Argument is DocString doc)
            foreach (Match m in PersonnummerLike().Matches(doc.Content)) yield return (m.Value, FeatureFile.LineOf(doc.Location));
    }

    [GeneratedRegex(@"\b(knapp(en|ar|arna)?|klicka[rs]?|klickar|fält(et|en)?|url(en)?|länk(en)?|id)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UiWord();

    [GeneratedRegex(@"(?<![\w-])(\d{8}|\d{6})[-+]?\d{4}(?!\d)")]
    private static partial Regex PersonnummerLike();
}
