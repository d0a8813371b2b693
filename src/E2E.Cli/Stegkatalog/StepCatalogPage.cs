using System.Net;
using System.Text;

namespace E2E.Cli.Stegkatalog;

/// <summary>
/// The step catalogue as one offline page (lang="sv", no script): artifacts/stegkatalog.html and, in the Allure report,
/// a global attachment (Allure 3 shows it under the report's global attachments).
/// </summary>
internal static class StepCatalogPage
{
    public static string Render(StepCatalogView view)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Stegkatalog</title><style>{Style}</style></head><body>
            <h1>Stegkatalog</h1>
            <p>Alla steg som en testare kan skriva i ett scenario, med vad de gör, vad parametrarna godtar och rader ur riktiga
            scenarier. <b>Givet</b> ordnar förutsättningar, <b>När</b> gör det som prövas, <b>Så</b> kontrollerar; <b>Och</b> och
            <b>Men</b> räknas som steget före.</p>
            <p>{view.Steps.Count} steg i {view.Subjects.Count} ämnen, {view.Parameters.Count} parametertyper;
            {view.Unused.Count()} steg används inte i något scenario.</p>
            <nav><b>Ämnen:</b> {string.Join(" · ", view.Subjects.Select(s => $"<a href=\"#amne-{StepCatalogView.Slug(s.Subject)}\">{E(s.Subject)}</a> ({s.Steps.Count})"))}
            · <a href="#steg-per-process">Steg per process</a> · <a href="#parametertyper">Parametertyper</a></nav>
            """);
        foreach (var (subject, steps) in view.Subjects)
        {
            html.Append($"<h2 id=\"amne-{StepCatalogView.Slug(subject)}\">{E(subject)}</h2>");
            foreach (var step in steps) Step(html, step);
        }
        html.Append("<h2 id=\"steg-per-process\">Steg per process</h2>");
        foreach (var (process, steps) in view.ByProcess)
        {
            html.Append($"<h3>{E(process)}</h3><ul>");
            foreach (var (step, lines) in steps) html.Append($"<li><a href=\"#{step.Anchor}\"><code>{E(step.Title)}</code></a> ({lines})</li>");
            html.Append("</ul>");
        }
        html.Append("<h2 id=\"parametertyper\">Parametertyper</h2>");
        foreach (var parameter in view.Parameters)
        {
            html.Append($"<h3 id=\"param-{StepCatalogView.Slug(parameter.Name)}\"><code>{{{E(parameter.Name)}}}</code></h3><p>{E(parameter.Help ?? "(saknar beskrivning)")}</p>");
            if (parameter.Values.Count > 0) html.Append("<ul>").AppendJoin("", parameter.Values.Select(v => $"<li>{E(v)}</li>")).Append("</ul>");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void Step(StringBuilder html, CatalogStep step)
    {
        html.Append($"<section id=\"{step.Anchor}\" class=\"{(step.Unused ? "step unused" : "step")}\"><h3><code>{E(step.Title)}</code>{E(step.KindNote)}</h3>")
            .Append($"<p>{E(step.Entry.Help ?? "(saknar beskrivning)")}</p><ul>");
        if (step.Entry.Parameters.Count > 0)
            html.Append("<li>Parametrar: ").AppendJoin(", ", step.Entry.Parameters.Select(p => $"<a href=\"#param-{StepCatalogView.Slug(p)}\">{{{E(p)}}}</a>")).Append("</li>");
        foreach (var use in step.Examples)
            html.Append($"<li>Exempel: <code>{E(StepCatalogView.Example(use))}</code> <span class=\"small\">{E(use.File)}:{use.Line}</span></li>");
        html.Append(step.Unused ? "<li>Används inte i något scenario ännu.</li>"
            : $"<li>Används på {step.Lines} rader i {step.Files} feature-filer; processer: {E(string.Join(", ", step.Processes))}</li>");
        html.Append($"<li class=\"small\">Stegdefinition: {E(step.Entry.Source)}</li></ul></section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;max-width:70em}code{background:#f3f3f3;padding:0 .2em}
        .step{border-left:3px solid #3a3;padding-left:.8em;margin:1em 0}.step.unused{border-color:#ec3}.small{font-size:.85em;color:#555}
        h3{margin:.3em 0}
        """;
}
