using E2E.Reporting.Model;
using E2E.Reporting.Results;

namespace E2E.Reporting.Quarantine;

/// <summary>
/// Marks quarantined scenarios in the Allure results before the report is built: the tag "karantän", a parameter that
/// says until when and why (left out of the history id), and the issue as a link. Every attempt is marked.
/// </summary>
public static class QuarantineStamp
{
    public const string Tag = "karantän";

    public static void Apply(string resultsDirectory, ScenarioQuarantine quarantine)
    {
        if (quarantine.Entries.Count == 0 || !Directory.Exists(resultsDirectory)) return;
        foreach (var file in Directory.EnumerateFiles(resultsDirectory, "*-result.json"))
        {
            var result = AllureResultsReader.Parse(File.ReadAllText(file));
            if (quarantine.MarkFor(result.Name) is not { } mark) continue;
            Stamp(result, mark);
            File.WriteAllBytes(file, AllureJson.ToUtf8Bytes(result));
        }
    }

    internal static void Stamp(AllureTestResult result, QuarantineMark mark)
    {
        LabelSet.Add(result.Labels, new AllureLabel("tag", mark.Expired ? "karantän utgången" : Tag));
        result.Parameters.RemoveAll(p => p.Name == Tag);
        result.Parameters.Add(new AllureParameter(Tag, mark.Text, Excluded: true));
        if (mark.Issue is { } issue && result.Links.All(l => l.Url != issue))
            result.Links.Add(new AllureLink($"Karantän: {issue}", issue, "issue"));
    }
}
