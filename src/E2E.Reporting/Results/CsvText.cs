using System.Text;

namespace E2E.Reporting.Results;

/// <summary>Renders a Gherkin data table as CSV (RFC 4180 quoting) so Allure shows it as a table.</summary>
internal static class CsvText
{
    public static string From(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var row in rows) AppendRow(csv, row);
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string cell)
        => cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
