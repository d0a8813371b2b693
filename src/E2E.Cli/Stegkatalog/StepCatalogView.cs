using System.Text;
using E2E.Reporting.Processes;
using E2E.Runner.Catalog;

namespace E2E.Cli.Stegkatalog;

/// <summary>One step as the catalogue shows it: how often it is written, where, and one or two real lines.</summary>
internal sealed record CatalogStep(StepEntry Entry, int Lines, int Files, IReadOnlyList<string> Processes, IReadOnlyList<StepUse> Examples)
{
    /// <summary>
    /// The kind's keyword (Givet, När, Så) when some scenario writes the step with it; otherwise the keyword testers do
    /// write it with: "Och meddelandet ska ha kommit exakt en gång" reads as Swedish, "Så meddelandet …" does not.
    /// </summary>
    public string Keyword { get; } = Entry.Uses.Count == 0 || Entry.Uses.Any(u => u.Keyword == Entry.Kind) ? Entry.Kind
        : Entry.Uses.GroupBy(u => u.Keyword).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    public string Title => $"{Keyword} {Entry.Expression}";

    /// <summary>"(ett Så-steg)" when the keyword does not say the kind, so a tester knows where the step may stand.</summary>
    public string KindNote => Keyword == Entry.Kind ? "" : $" (ett {Entry.Kind}-steg)";

    public string Anchor => "steg-" + StepCatalogView.Slug(Title);

    public bool Unused => Lines == 0;
}

/// <summary>
/// The catalogue's reading order, shared by the Markdown and the report page: steps by subject (Givet, När, Så), the
/// steps each process uses, the parameter types. Everything is ordered by text, so the same code and features always
/// give the same catalogue (the stale check compares it line by line).
/// </summary>
internal sealed class StepCatalogView
{
    private const int ExamplesShown = 2;

    public StepCatalogView(StepCatalogData data, ProcessCatalog processes)
    {
        Steps = [.. data.Steps.Select(Describe)];
        Subjects = [.. Steps.GroupBy(s => s.Entry.Subject).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<CatalogStep>)[.. g]))];
        var named = processes.Processes.ToDictionary(p => p.Id, p => p.Title);
        ByProcess = [.. Steps.SelectMany(s => s.Entry.Uses.SelectMany(u => u.Processes.Select(p => (Process: p, Step: s, Use: u))))
            .GroupBy(x => x.Process).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (named.GetValueOrDefault(g.Key, g.Key), StepsOf(g)))];
        Parameters = data.Parameters;
    }

    public List<CatalogStep> Steps { get; }

    private IReadOnlyList<(CatalogStep Step, int Lines)> StepsOf(IEnumerable<(string Process, CatalogStep Step, StepUse Use)> uses) =>
    [
        .. uses.GroupBy(x => x.Step)
            .Select(s => (Step: s.Key, Lines: s.Select(x => (x.Use.File, x.Use.Line)).Distinct().Count()))
            .OrderBy(s => s.Step.Entry.Subject, StringComparer.Ordinal).ThenBy(s => Steps.IndexOf(s.Step)),
    ];

    public IReadOnlyList<(string Subject, IReadOnlyList<CatalogStep> Steps)> Subjects { get; }

    /// <summary>Per process (title "P04 Inskrivningsmeddelande"): the steps its scenarios use, with how many lines.</summary>
    public IReadOnlyList<(string Process, IReadOnlyList<(CatalogStep Step, int Lines)> Steps)> ByProcess { get; }

    public IReadOnlyList<ParameterEntry> Parameters { get; }

    public IEnumerable<CatalogStep> Unused => Steps.Where(s => s.Unused);

    public IEnumerable<CatalogStep> WithoutHelp => Steps.Where(s => string.IsNullOrWhiteSpace(s.Entry.Help));

    public static string Example(StepUse use) => $"{use.Keyword} {use.Text}";

    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var plain = c switch { 'å' or 'ä' => 'a', 'ö' => 'o', 'é' => 'e', _ => c };
            if (char.IsAsciiLetterOrDigit(plain)) slug.Append(plain);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }

    private static CatalogStep Describe(StepEntry entry)
    {
        var lines = entry.Uses.Select(u => (u.File, u.Line)).Distinct().Count();
        var files = entry.Uses.Select(u => u.File).Distinct().Count();
        var processes = entry.Uses.SelectMany(u => u.Processes).Distinct().Order(StringComparer.Ordinal).ToList();
        // Two different lines, from two different features when there are: a tester sees the step in two settings.
        var first = entry.Uses.FirstOrDefault();
        var second = first is null ? null
            : entry.Uses.FirstOrDefault(u => u.Text != first.Text && u.File != first.File) ?? entry.Uses.FirstOrDefault(u => u.Text != first.Text);
        return new CatalogStep(entry, lines, files, processes, [.. new[] { first, second }.OfType<StepUse>().Take(ExamplesShown)]);
    }
}
