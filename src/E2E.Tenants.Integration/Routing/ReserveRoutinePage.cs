using System.Globalization;
using System.Net;
using System.Text;

namespace E2E.Tenants.Integration.Routing;

/// <summary>The reserve routine's page: one table per recipient unit, so each unit finds its own messages.</summary>
public static class ReserveRoutinePage
{
    private static readonly string[] Columns =
        ["Typ", "Patient", "Personnummer", "Adress", "Beräknat utskrivningsdatum", "Tidpunkt", "Avsändare", "Skickad", "Övertagen"];

    public static string Render(IReadOnlyList<ReserveEntry> held)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Reservrutin</title></head><body><main>");
        html.Append("<h1>Reservrutin – meddelanden under driftsstörning</h1>");
        html.Append("<p>Meddelandena nedan kunde inte lämnas till Samvy. Förmedla dem enligt reservrutinen; ")
            .Append("de levereras till mottagarens inkorg när Samvy är tillgängligt igen.</p>");
        if (held.Count == 0)
        {
            html.Append("<p role=\"status\">Inga meddelanden väntar i reservrutinen.</p>");
        }
        foreach (var unit in held.GroupBy(e => (e.MottagareHsaId, e.Mottagare)))
        {
            var title = $"Reservrutin – {unit.Key.Mottagare}";
            html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Encode(unit.Key.Mottagare)} ({Encode(unit.Key.MottagareHsaId)})</h2>");
            html.Append(CultureInfo.InvariantCulture, $"<table aria-label=\"{Encode(title)}\"><thead><tr>");
            html.AppendJoin(string.Empty, Columns.Select(c => $"<th scope=\"col\">{Encode(c)}</th>")).Append("</tr></thead><tbody>");
            foreach (var e in unit)
            {
                html.Append("<tr>").AppendJoin(string.Empty, Cells(e).Select(c => $"<td>{Encode(c)}</td>")).Append("</tr>");
            }
            html.Append("</tbody></table></section>");
        }
        return html.Append("</main></body></html>").ToString();
    }

    private static IEnumerable<string> Cells(ReserveEntry e) =>
    [
        e.TypNamn, e.Patientnamn, e.Personnummer, e.Adress, e.BeraknatUtskrivningsdatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        Time(e.Tidpunkt), e.Avsandare, Time(e.Skickad), Time(e.Overtagen),
    ];

    private static string Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
