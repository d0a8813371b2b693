using System.Security.Cryptography;
using System.Text;
using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>Builds the opening state of a scenario's result: names, ids, labels, links and outline parameters.</summary>
internal static class ScenarioResultFactory
{
    /// <param name="settings">features/rapport.json (link patterns); the one next to the test assembly by default.</param>
    public static AllureTestResult Create(ScenarioDescription scenario, long startMs, Settings.ReportSettings? settings = null)
    {
        var fullName = FullName(scenario);
        var parameters = scenario.Arguments.Select(a => new AllureParameter(a.Key, a.Value)).ToList();
        var result = new AllureTestResult
        {
            Uuid = Guid.NewGuid().ToString(),
            Name = RowName(scenario.ScenarioTitle, scenario.Arguments),
            FullName = fullName,
            TestCaseId = Md5(fullName),
            // Each Examples row is its own history line, so the row's values are part of the id.
            HistoryId = Md5(fullName + "|" + string.Join("|", parameters.Select(p => $"{p.Name}={p.Value}"))),
            Description = FirstText(scenario.ScenarioText, scenario.FeatureDescription),
            Start = startMs,
            Parameters = parameters,
        };

        var (labels, tagLinks) = AllureTagMapper.Map(scenario.AllTags);
        var (links, plainIds) = LinkResolver.Resolve(tagLinks.Distinct(), (settings ?? Settings.ReportSettings.ForTestRun).LinkPatterns);
        foreach (var label in labels.Concat(plainIds)) LabelSet.Add(result.Labels, label);
        result.Links.AddRange(links);
        AddDefaults(result.Labels, scenario);
        result.TitlePath = [.. new[] { Value(result.Labels, ReportLabels.ParentSuite), scenario.FeatureTitle, scenario.RuleTitle }
            .Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!)];
        return result;
    }

    /// <summary>
    /// An outline row's name says what differs from the other rows: the title's &lt;placeholders&gt; filled in with
    /// the row's values, or, for a title without any, the row's values in brackets.
    /// </summary>
    internal static string RowName(string title, IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        if (arguments.Count == 0) return title;
        var filled = arguments.Aggregate(title, (name, a) => name.Replace($"<{a.Key}>", a.Value, StringComparison.Ordinal));
        return filled != title ? filled : $"{title} [{string.Join(", ", arguments.Select(a => a.Value))}]";
    }

    private static void AddDefaults(List<AllureLabel> labels, ScenarioDescription scenario)
    {
        if (Value(labels, ReportLabels.Process) is { } process)
            LabelSet.AddIfMissing(labels, ReportLabels.ParentSuite, Processes.ProcessCatalog.ForTestRun.TitleOf(process));
        LabelSet.AddIfMissing(labels, ReportLabels.Suite, scenario.FeatureTitle);
        LabelSet.AddIfMissing(labels, ReportLabels.SubSuite, scenario.RuleTitle);
        LabelSet.AddIfMissing(labels, ReportLabels.Feature, scenario.FeatureTitle);
        LabelSet.AddIfMissing(labels, "framework", "reqnroll");
        LabelSet.AddIfMissing(labels, "language", "gherkin");
        LabelSet.AddIfMissing(labels, "host", Environment.MachineName);
        LabelSet.AddIfMissing(labels, "thread", ThreadName());
    }

    private static string FullName(ScenarioDescription scenario)
    {
        var folder = scenario.FeatureFolder?.Replace('\\', '/').Trim('/');
        var feature = string.IsNullOrEmpty(folder) ? scenario.FeatureTitle : $"{folder}/{scenario.FeatureTitle}";
        return $"{feature}: {scenario.ScenarioTitle}";
    }

    private static string ThreadName()
    {
        var thread = Thread.CurrentThread;
        return $"{Environment.ProcessId}-{thread.Name ?? thread.ManagedThreadId.ToString()}";
    }

    private static string? Value(List<AllureLabel> labels, string name) => labels.Find(l => l.Name == name)?.Value;

    private static string? FirstText(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();

    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
