using System.Collections.Specialized;
using E2E.Reporting.Quarantine;
using E2E.Reporting.Results;
using E2E.Runner.Discovery;

namespace E2E.Cli.Granskning;

/// <summary>
/// granska's check of features/karantan.json: every entry names a scenario of the suite (as the report names it), has a
/// reason and a last day that is a date. Each problem names the file and the entry.
/// </summary>
internal static class QuarantineCheck
{
    public static IReadOnlyList<string> Problems(string featuresDirectory)
    {
        var file = Path.Combine(featuresDirectory, QuarantineFile.FileName);
        if (!File.Exists(file)) return [];
        var shownAs = $"features/{QuarantineFile.FileName}";
        var (entries, problems) = QuarantineFile.Check(file, shownAs);
        return [.. problems, .. QuarantineFile.Unknown(entries, ReportNames(featuresDirectory), shownAs)];
    }

    /// <summary>Every scenario's name as the Allure report shows it (an Examples row with its row name).</summary>
    public static IReadOnlySet<string> ReportNames(string featuresDirectory) =>
        ScenarioCatalog.Discover(featuresDirectory).Where(c => c.ParseError is null && c.ScenarioTitle is not null)
            .Select(c => ScenarioResultFactory.RowName(c.ScenarioTitle!, Arguments(c.Arguments))).ToHashSet(StringComparer.Ordinal);

    private static List<KeyValuePair<string, string>> Arguments(OrderedDictionary arguments) =>
        [.. arguments.Cast<System.Collections.DictionaryEntry>().Select(e => KeyValuePair.Create($"{e.Key}", $"{e.Value}"))];
}
