using System.Text.RegularExpressions;
using Gherkin.Ast;

namespace E2E.Cli.Granskning;

/// <summary>
/// The shape of scenarios: "# language: sv" at the top, unique scenario names in a feature (the report and its
/// history tell scenarios apart by name), at most <see cref="MaxSteps"/> steps, and Examples whose columns match the
/// outline's &lt;placeholders&gt; both ways.
/// </summary>
internal static partial class ShapeRules
{
    public const int MaxSteps = 12;

    public static IEnumerable<Finding> Check(FeatureFile file)
    {
        if (!file.Text.TrimStart('\uFEFF').TrimStart().StartsWith("# language: sv", StringComparison.Ordinal))
            yield return new Finding(file.Path, 1, "språk", "", "Filen börjar inte med \"# language: sv\".",
                "Skriv \"# language: sv\" på första raden, så att redigerare och verktyg läser de svenska nyckelorden.");

        foreach (var group in file.Scenarios.GroupBy(s => s.Name.Trim()).Where(g => g.Count() > 1))
            foreach (var twin in group.Skip(1))
                yield return new Finding(file.Path, FeatureFile.LineOf(twin.Location), "dubblett-namn", group.Key,
                    $"Scenariot \"{group.Key}\" finns redan på rad {FeatureFile.LineOf(group.First().Location)}.",
                    "Ge scenariot ett namn som säger vad det prövar som det andra inte prövar.");

        foreach (var scenario in file.Scenarios)
        {
            var steps = scenario.Steps.Count();
            if (steps > MaxSteps)
                yield return new Finding(file.Path, FeatureFile.LineOf(scenario.Location), "för-långt", scenario.Name,
                    $"Scenariot \"{scenario.Name}\" har {steps} steg (högst {MaxSteps}).",
                    "Dela upp det i flera scenarier som prövar ett beteende var, eller flytta gemensamma Givet-steg till en Bakgrund.");
            foreach (var finding in Examples(file, scenario)) yield return finding;
        }
    }

    private static IEnumerable<Finding> Examples(FeatureFile file, Scenario scenario)
    {
        var used = Placeholder().Matches(string.Join("\n", scenario.Steps.Select(StepText).Prepend(scenario.Name)))
            .Select(m => m.Groups["name"].Value).ToHashSet();
        foreach (var examples in scenario.Examples.Where(e => e.TableHeader is not null))
        {
            var columns = examples.TableHeader.Cells.ToList();
            foreach (var unused in columns.Where(c => !used.Contains(c.Value)))
                yield return new Finding(file.Path, FeatureFile.LineOf(unused.Location), "exempel-kolumn", unused.Value,
                    $"Kolumnen \"{unused.Value}\" i Exempel används inte i scenariomallen \"{scenario.Name}\".",
                    $"Använd den som <{unused.Value}> i ett steg, eller ta bort kolumnen.");
            foreach (var missing in used.Where(u => columns.All(c => c.Value != u)).Order(StringComparer.Ordinal))
                yield return new Finding(file.Path, FeatureFile.LineOf(examples.Location), "exempel-kolumn", "<" + missing + ">",
                    $"Scenariomallen \"{scenario.Name}\" använder <{missing}>, men Exempel har ingen sådan kolumn.",
                    $"Lägg till kolumnen \"{missing}\" i Exempel, eller skriv värdet direkt i steget.");
        }
    }

    // Placeholders count in tables and doc strings too.
    private static string StepText(Step step) => step.Text + step.Argument switch
    {
        DataTable t => "\n" + string.Join("\n", t.Rows.SelectMany(r => r.Cells).Select(c => c.Value)),
        DocString d => "\n" + d.Content,
        _ => "",
    };

    [GeneratedRegex(@"<(?<name>[^<>\n]+)>")]
    private static partial Regex Placeholder();
}
