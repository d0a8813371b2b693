using E2E.Reporting.Results;
using Reqnroll;
using Reqnroll.Bindings;

namespace E2E.Reporting.Reqnroll;

/// <summary>How a Gherkin step appears in the report: the Swedish keyword as written, its text, and its table or doc string.</summary>
internal static class StepPresentation
{
    /// <summary>The keyword already ends with a space ("Givet "), so it is joined to the text as is.</summary>
    public static string Name(StepInstance step) => Name(step.Keyword, step.Text);

    public static string Name(string keyword, string text)
    {
        var spacedKeyword = keyword.Length > 0 && !char.IsWhiteSpace(keyword[^1]) ? keyword + " " : keyword;
        return spacedKeyword + text;
    }

    public static void AttachArguments(StepInstance step, ScenarioRecording recording)
    {
        if (step.TableArgument is { } table)
            recording.Attach("Tabell", "text/csv", System.Text.Encoding.UTF8.GetBytes(ToCsv(table)), "csv");
        if (!string.IsNullOrEmpty(step.MultilineTextArgument))
            recording.Attach("Text", "text/plain", System.Text.Encoding.UTF8.GetBytes(step.MultilineTextArgument), "txt");
    }

    private static string ToCsv(Table table) => CsvText.From(table.Header, table.Rows.Select(row => row.Values));
}
