namespace E2E.Drivers.Messages;

/// <summary>
/// What the inbox rows the reader found show when the scenario has failed: every row of the same message, with all
/// its columns, so a wrong or missing field or a second copy is visible in the trail. Read only on failure, before
/// the browser closes, bounded in time; a page that has moved on says so instead.
/// </summary>
public static class InboxRowsNow
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public static async Task<IReadOnlyList<string>> ReadAsync(IReadOnlyList<InboxEntry> seen)
    {
        var lines = new List<string>();
        foreach (var entry in seen.Distinct())
        {
            var what = $"{entry.InboxName}, {entry.Kind.Definite}";
            try
            {
                var rows = await entry.Matching.AllInnerTextsAsync().WaitAsync(Patience);
                lines.Add(rows.Count == 0
                    ? $"{what}: raden syns inte på sidan när scenariot föll (sidan kan ha gått vidare)."
                    : $"{what}, {rows.Count} rad{(rows.Count == 1 ? "" : "er")} när scenariot föll: " +
                      string.Join(" | ", rows.Select(r => r.Trim().Replace("\t", " · "))));
            }
            catch (Exception e) when (e is TimeoutException or Microsoft.Playwright.PlaywrightException)
            {
                lines.Add($"{what}: raden gick inte att läsa när scenariot föll ({e.Message.Split('\n', 2)[0].Trim()}).");
            }
        }
        return lines;
    }
}
