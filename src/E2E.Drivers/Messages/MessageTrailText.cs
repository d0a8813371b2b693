using System.Globalization;
using System.Text;

namespace E2E.Drivers.Messages;

/// <summary>
/// The trail as a process owner and a developer read it beside the failing step: what was sent, what the
/// integration carried, what arrived. Plain Swedish text; the caller hides credentials before attaching it.
/// </summary>
public static class MessageTrailText
{
    public const string AttachmentName = "Meddelanden i scenariot";

    /// <param name="rowsNow">The inbox rows the reader found, as they showed when the scenario failed (<see cref="InboxRowsNow"/>).</param>
    public static string Render(MessageTrail trail, IntegrationLog.Reading carried, IReadOnlyList<string>? rowsNow = null)
    {
        var text = new StringBuilder();
        text.AppendLine(AttachmentName);
        text.AppendLine($"Patienter: {string.Join(", ", trail.Patients.Select(p => p.ShownIdentity))}");
        text.AppendLine("Tid räknas från scenariots start. FEL markerar det som inte blev som väntat.");
        Section(text, "1. Skickat – vad personen skickade, som sviten fyllde i det",
            trail.Entries.Where(e => e.Stage == TrailStage.Sent).Select(Line).ToList(), "Inget meddelande skickades.");
        Section(text, "2. Buret – vad integrationen tog emot och levererade (dess logg, bara scenariots patienter)",
            carried.Lines, carried.Note ?? "");
        Section(text, "3. Framme – vad mottagaren såg i sitt system",
            [.. trail.Entries.Where(e => e.Stage == TrailStage.Received).Select(Line), .. rowsNow ?? []],
            "Scenariot hann inte titta efter meddelandet hos mottagaren.");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, IReadOnlyList<string> lines, string whenEmpty)
    {
        text.AppendLine().AppendLine(heading);
        if (lines.Count == 0 && whenEmpty.Length > 0) text.AppendLine($"  {whenEmpty}");
        foreach (var line in lines) text.AppendLine($"  {line}");
    }

    private static string Line(TrailEntry e) =>
        $"+{e.At.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} s  {(e.Problem ? "FEL: " : "")}{e.Text}";
}
