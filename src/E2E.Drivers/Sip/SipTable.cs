using Microsoft.Playwright;

namespace E2E.Drivers.Sip;

/// <summary>The "SIP" table both systems show for the patient (SAMSA's case page, Samvy's chart): SIP, System, Kallande enhet, Mötestid, Status.</summary>
public static class SipTable
{
    public static async Task<IReadOnlyList<SipListing>> ReadAsync(IPage page)
    {
        var table = page.GetByRole(AriaRole.Table, new() { Name = "SIP", Exact = true }).Describe("tabellen SIP");
        if (await table.CountAsync() == 0) return [];
        var rows = new List<SipListing>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
        {
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            if (cells.Count >= 5) rows.Add(new SipListing(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return rows;
    }
}
