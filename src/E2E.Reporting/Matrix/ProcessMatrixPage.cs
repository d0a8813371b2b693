using System.Text;
using E2E.Reporting.History;

namespace E2E.Reporting.Matrix;

/// <summary>
/// artifacts/processmatris.html: the matrix as one page a process owner opens by double-click, with no server and no
/// outside requests. Each cell shows its state, how many scenarios passed, when it was last green, since when a red cell
/// has been red and in one line what broke, the last runs as a strip of coloured squares, and links to the scenarios.
/// </summary>
public static class ProcessMatrixPage
{
    public const string FileName = "processmatris.html";

    /// <summary>How many earlier runs each cell's strip shows.</summary>
    private const int Strip = 10;

    public static void Write(string file, MatrixHistory.Result result, Func<MatrixScenario, string> reportLink, string? gateText)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, Render(result, reportLink, gateText), new UTF8Encoding(false));
    }

    public static string Render(MatrixHistory.Result result, Func<MatrixScenario, string> reportLink, string? gateText)
    {
        var m = result.Matrix;
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Processmatris – {E(m.Environment)} {MatrixTime.Format(m.RunAt)}</title>
            <style>{Style}</style></head><body>
            <h1>Processmatris</h1>
            <p>Körning {MatrixTime.Format(m.RunAt)} (svensk tid) mot miljön <b>{E(m.Environment)}</b>, {m.Scenarios.Count} scenarier,
            {result.Earlier.Count} tidigare körningar i historiken. <a href="allure-report/index.html">Hela Allure-rapporten</a></p>
            """);
        if (gateText is not null) html.Append($"<p class=\"gate\">{E(gateText)}</p>");
        html.Append("<table><thead><tr><th>Process</th>");
        foreach (var d in m.Directions) html.Append($"<th>{E(d)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in m.Rows)
        {
            html.Append($"<tr><th class=\"process\">{E(row.Title)}{(row.Critical ? " <span class=\"critical\">kritisk</span>" : "")}" +
                        $"<div class=\"small\">{row.Scenarios} scenarier</div></th>");
            foreach (var cell in row.Cells) html.Append(Cell(row.Id, cell, result.Earlier, reportLink));
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        html.Append(Changes(result, reportLink));
        html.Append($"<p class=\"small\">{Legend}</p></body></html>");
        return html.ToString();
    }

    private static string Cell(string processId, MatrixCell cell, IReadOnlyList<HistoryRun> earlier, Func<MatrixScenario, string> reportLink)
    {
        var css = cell.State switch
        {
            CellState.Green => "green", CellState.Red => "red", CellState.Skipped => "skipped",
            CellState.NotApplicable => "na", _ => "uncovered",
        };
        var text = new StringBuilder($"<td class=\"{css}\"><b>{cell.State.Swedish()}</b>");
        if (cell.Scenarios > 0) text.Append($" <span class=\"small\">{cell.Passed} av {cell.Scenarios} godkända</span>");
        if (cell.Flaky > 0) text.Append($"<div class=\"flaky\">{cell.Flaky} instabila (godkända först vid omförsök)</div>");
        if (cell.FailedInQuarantine > 0) text.Append($"<div class=\"quarantine\">{cell.FailedInQuarantine} underkända i karantän</div>");
        if (cell.State == CellState.Red)
            text.Append($"<div>röd sedan {(cell.RedSince is { } since ? MatrixTime.Format(since) : "?")}{(cell.NewlyRed ? " <b>(ny)</b>" : "")}</div>");
        if (cell.Scenarios > 0 || cell.LastGreen is not null)
            text.Append($"<div class=\"small\">senast grön: {(cell.LastGreen is { } green ? MatrixTime.Format(green) : "aldrig i historiken")}</div>");
        if (cell.Why is not null && cell.State != CellState.Green) text.Append($"<div class=\"why\">{E(cell.Why)}</div>");
        if (cell.State != CellState.NotApplicable) text.Append(StripOf(processId, cell, earlier));
        if (cell.Behind.Count > 0)
        {
            text.Append($"<details><summary>scenarierna</summary><ul>");
            foreach (var s in cell.Behind)
                text.Append($"<li class=\"{s.Status}\"><a href=\"{E(reportLink(s))}\">{E(s.Name)}</a> ({E(s.Status)}){Marks(s)}</li>");
            text.Append("</ul></details>");
        }
        return text.Append("</td>").ToString();
    }

    // Flaky and quarantined scenarios say so beside their status, in the words the console uses.
    private static string Marks(MatrixScenario s) =>
        (s.Flaky ? $" <span class=\"flaky\">instabil: godkänd först i försök {s.Attempts}</span>" : "") +
        (s.Quarantine is { } q ? $" <span class=\"quarantine\">{E(q.Text)}</span>" : "");

    // Oldest first; the last square is this run.
    private static string StripOf(string processId, MatrixCell cell, IReadOnlyList<HistoryRun> earlier)
    {
        var squares = earlier.TakeLast(Strip - 1)
            .Select(r => (r.At, State: r.StateOf(processId, cell.Direction)))
            .Append((At: DateTimeOffset.MinValue, State: (CellState?)cell.State))
            .Select(x => $"<i class=\"sq {(x.State?.Swedish() ?? "saknas").Replace(' ', '-')}\" title=\"{(x.At == DateTimeOffset.MinValue ? "den här körningen" : MatrixTime.Format(x.At))}: {x.State?.Swedish() ?? "ingen uppgift"}\"></i>");
        return $"<div class=\"strip\" aria-label=\"senaste körningarna\">{string.Concat(squares)}</div>";
    }

    private static string Changes(MatrixHistory.Result result, Func<MatrixScenario, string> reportLink)
    {
        string List(string title, IEnumerable<MatrixScenario> scenarios)
        {
            var items = scenarios.Select(s => $"<li><a href=\"{E(reportLink(s))}\">{E(s.Process)}: {E(s.Name)}</a></li>").ToList();
            return $"<h3>{title} ({items.Count})</h3>" + (items.Count == 0 ? "<p class=\"small\">inga</p>" : $"<ul>{string.Concat(items)}</ul>");
        }
        var scenarios = result.Matrix.Scenarios;
        return "<h2>Förändringar sedan förra körningen</h2>" + List("Nya fel", result.NewlyBroken) + List("Lagade", result.Fixed) +
               List($"Instabila (växlat mellan godkänt och underkänt minst {MatrixHistory.FlakyChanges} gånger på {MatrixHistory.FlakyWindow} körningar)", result.Flaky) +
               "<h2>Den här körningen</h2>" + List("Instabila (godkända först vid omförsök)", scenarios.Where(s => s.Flaky)) +
               List("I karantän (features/karantan.json)", scenarios.Where(s => s.Quarantine is not null));
    }

    // Only the characters HTML needs escaped: Swedish letters stay readable in the page's source.
    private static string E(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private const string Legend =
        "grön: alla körda scenarier i riktningen godkända · röd: minst ett underkänt eller trasigt · ej täckt: riktningen gäller " +
        "processen men inget scenario gick där · ej tillämplig: processen går inte i riktningen (se varför) · hoppad: scenarierna " +
        "kördes inte klart (miljön saknar det de kräver, eller ett system svarade inte). Rutorna visar de senaste körningarna, äldst först.";

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #bbb;padding:.4em;vertical-align:top;text-align:left}td{width:20%}
        .green{background:#d9f2d9}.red{background:#f8d0d0}.uncovered{background:#fff3c4}.na{background:#eee;color:#666}
        .skipped{background:#dde6f5}.small{font-size:.85em;color:#555}.why{font-size:.85em;margin-top:.2em}
        .critical{font-size:.75em;background:#a00;color:#fff;padding:0 .3em;border-radius:.2em}
        .gate{font-weight:bold}.sq{display:inline-block;width:.8em;height:.8em;margin:.3em .1em 0 0;border:1px solid #999}
        .sq.grön{background:#3a3}.sq.röd{background:#c33}.sq.ej-täckt{background:#ec3}.sq.hoppad{background:#79c}.sq.saknas{background:#fff}
        li.failed,li.broken{font-weight:bold}.flaky{color:#8a5a00}.quarantine{color:#5a3d8a}
        """;
}
