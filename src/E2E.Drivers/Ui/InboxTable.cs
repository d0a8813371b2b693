using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace E2E.Drivers.Ui;

/// <summary>The inbox table both systems show (SAMSA's Inkorg, Samvy's Meddelandecenter): same columns, same button.</summary>
public sealed class InboxTable(IPage page, string description)
{
    public static readonly string[] Columns =
        ["Typ", "Patient", "Personnummer", "Adress", "Beräknat utskrivningsdatum", "Avsändare", "Mottagen"];

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Inkorg" }).Describe(description);

    public ILocator RefreshButton =>
        page.GetByRole(AriaRole.Button, new() { Name = "Uppdatera" }).Describe($"knappen Uppdatera i {description}");

    /// <summary>Rows of a given message type for one patient (matched on the displayed personnummer).</summary>
    public ILocator RowsFor(string messageType, string displayPersonnummer) =>
        Table.GetByRole(AriaRole.Row)
            .Filter(new() { HasText = displayPersonnummer })
            .Filter(new() { HasTextRegex = new Regex(Regex.Escape(messageType)) })
            .Describe($"raden med {messageType.ToLowerInvariant()} för {displayPersonnummer} i {description}");

    /// <summary>The cell in a row under a named column (found by the header's position).</summary>
    public async Task<ILocator> CellAsync(ILocator row, string column)
    {
        var headers = await Table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        var index = headers.Select(h => h.Trim()).ToList().IndexOf(column);
        if (index < 0)
            throw new InvalidOperationException(
                $"Kolumnen '{column}' saknas i {description}. Kolumner: {string.Join(", ", headers)}.");
        return row.GetByRole(AriaRole.Cell).Nth(index).Describe($"cellen {column}");
    }
}
