using E2E.Runner.Discovery;
using Gherkin.Ast;

namespace E2E.Cli.Granskning;

/// <summary>A feature file as granska reads it: its path as shown, its text and its Gherkin tree (Swedish by default).</summary>
internal sealed record FeatureFile(string Path, string Text, GherkinDocument Document)
{
    public Feature Feature => Document.Feature;

    /// <summary>Null and a finding when the file does not parse; the other files are still examined.</summary>
    public static (FeatureFile? File, Finding? Problem) Parse(string path, string text)
    {
        try
        {
            return (new FeatureFile(path, text, GherkinFeatureReader.ParseAst(path, text)), null);
        }
        catch (FeatureParseException e)
        {
            return (null, new Finding(path, e.Line, "tolkning", "", e.Message,
                "Rätta raden; nyckelorden är svenska (Egenskap, Scenario, Givet, När, Så, Och, Men)."));
        }
    }

    /// <summary>A Gherkin location's line (1 when the parser gives none).</summary>
    public static int LineOf(Location? location) => (int)(location?.Line ?? 1);

    /// <summary>Every scenario and scenario outline, also those inside a Regel.</summary>
    public IEnumerable<Scenario> Scenarios => Feature.Children.SelectMany(child => child switch
    {
        Scenario s => [s],
        Rule r => r.Children.OfType<Scenario>(),
        _ => [],
    });

    /// <summary>Every step with where it stands, backgrounds included.</summary>
    public IEnumerable<Step> Steps => Feature.Children.SelectMany(child => child switch
    {
        Scenario s => s.Steps,
        Background b => b.Steps,
        Rule r => r.Children.SelectMany(c => c switch { Scenario s => s.Steps, Background b => b.Steps, _ => [] }),
        _ => [],
    });
}
