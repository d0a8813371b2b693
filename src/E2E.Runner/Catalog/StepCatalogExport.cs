using System.Reflection;
using System.Text.RegularExpressions;
using E2E.Runner.Discovery;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;

namespace E2E.Runner.Catalog;

/// <summary>
/// Builds the step catalogue's data from the binding registry and the feature files, and writes it where
/// <see cref="Variable"/> says (the CLI sets it for <c>steg</c> and <c>run</c>). Lines are matched to steps with the
/// same regular expressions Reqnroll binds with, so the counts are what the run does.
/// </summary>
public static partial class StepCatalogExport
{
    public const string Variable = "E2E_STEGKATALOG";

    private const string OtherSubject = "Övrigt";

    public static void WriteIfAsked(IBindingRegistry registry, string featuresDirectory)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } file) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, Build(registry, ScenarioCatalog.Load(featuresDirectory)).ToJson());
    }

    public static StepCatalogData Build(IBindingRegistry registry, IReadOnlyList<ScenarioCase> scenarios)
    {
        var written = scenarios.SelectMany(s => s.Steps.Select(step => (Scenario: s, Step: step))).ToList();
        var steps = registry.GetStepDefinitions().Where(d => d.IsValid)
            .Select(d => Entry(d, written))
            .OrderBy(s => s.Subject, StringComparer.Ordinal).ThenBy(s => KindOrder(s.Kind)).ThenBy(s => s.Expression, StringComparer.Ordinal)
            .ToList();
        var used = steps.SelectMany(s => s.Parameters).ToHashSet(StringComparer.Ordinal);
        var parameters = registry.GetStepTransformations().Where(t => t.Name is { Length: > 0 } && used.Contains(t.Name))
            .Select(Parameter)
            .Concat(used.Where(BuiltInParameters.ContainsKey).Select(n => new ParameterEntry(n, BuiltInParameters[n], [])))
            .DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        return new StepCatalogData(steps, parameters);
    }

    private static StepEntry Entry(IStepDefinitionBinding definition, List<(ScenarioCase Scenario, ScenarioStep Step)> written)
    {
        var kind = KindOf(definition.StepDefinitionType);
        var uses = written
            .Where(w => w.Step.Kind == kind && definition.Regex.IsMatch(w.Step.Text))
            .Select(w => new StepUse(w.Step.Keyword.Trim(), w.Step.Text, w.Scenario.FeatureFile, w.Step.Line, w.Scenario.ScenarioTitle ?? w.Scenario.DisplayName,
                [.. w.Scenario.Tags.Where(t => t.StartsWith("process:", StringComparison.Ordinal)).Select(t => t["process:".Length..])]))
            .ToList();
        var method = MethodOf(definition.Method);
        return new StepEntry(
            Display(kind), definition.SourceExpression,
            method?.DeclaringType?.GetCustomAttribute<StepSubjectAttribute>()?.Name ?? OtherSubject,
            method?.GetCustomAttribute<StepHelpAttribute>()?.Text,
            $"{definition.Method.Type.Name}.{definition.Method.Name}",
            [.. ParameterName().Matches(definition.SourceExpression).Select(m => m.Groups[1].Value).Distinct()],
            uses);
    }

    private static ParameterEntry Parameter(IStepArgumentTransformationBinding transformation)
    {
        var method = MethodOf(transformation.Method);
        var help = method?.GetCustomAttribute<ParameterHelpAttribute>();
        var values = help?.Values is { } name && method!.DeclaringType!.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is { } source
            ? ((IEnumerable<string>)source.Invoke(null, null)!).ToList()
            : [];
        return new ParameterEntry(transformation.Name, help?.Text, values);
    }

    private static MethodInfo? MethodOf(IBindingMethod method) => (method as RuntimeBindingMethod)?.MethodInfo;

    /// <summary>Cucumber's own parameter types, in the words of the catalogue.</summary>
    private static readonly Dictionary<string, string> BuiltInParameters = new(StringComparer.Ordinal)
    {
        ["int"] = "Ett heltal, t.ex. 3.",
        ["string"] = "En text inom citattecken, t.ex. \"Epikris\".",
        ["word"] = "Ett ord utan mellanslag.",
        ["float"] = "Ett tal med decimaler, t.ex. 2.5.",
    };

    private static StepKind KindOf(StepDefinitionType type) => type switch
    {
        StepDefinitionType.Given => StepKind.Given,
        StepDefinitionType.When => StepKind.When,
        _ => StepKind.Then,
    };

    public static string Display(StepKind kind) => kind switch { StepKind.Given => "Givet", StepKind.When => "När", _ => "Så" };

    private static int KindOrder(string kind) => kind switch { "Givet" => 0, "När" => 1, _ => 2 };

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex ParameterName();
}
