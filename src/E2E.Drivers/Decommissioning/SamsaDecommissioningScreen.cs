using System.Text.RegularExpressions;
using E2E.Drivers.Attempts;
using E2E.Drivers.Reachability;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Decommissioning;

/// <summary>
/// SAMSA's decommissioning screen (/avveckling, P13), which the system administrator works through: begin, carry
/// each open case and active SIP over to Samvy, make SAMSA read-only. Each button answers with a status line or a
/// refusal in the tenant's words.
/// </summary>
public sealed class SamsaDecommissioningScreen(IPage page, Uri samsa)
{
    private ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Avveckling av SAMSA", Level = 1 }).Describe("rubriken Avveckling av SAMSA");
    private ILocator Refusal => page.GetByRole(AriaRole.Alert).Describe("beskedet att steget nekades");
    // The banner on every page is a status too, outside main: the step's own line is the one in main.
    private ILocator Done => page.Locator("main").GetByRole(AriaRole.Status).Describe("beskedet om vad som gjordes");

    public async Task OpenAsync()
    {
        await page.GotoTenantAsync(new Uri(samsa, "avveckling"));
        await Expect(Heading).ToBeVisibleAsync();
    }

    public Task<Attempt> BeginAsync() => PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Påbörja avvecklingen" }), "Påbörja avvecklingen");

    public Task<Attempt> MakeReadOnlyAsync() => PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Gör SAMSA skrivskyddat" }), "Gör SAMSA skrivskyddat");

    /// <summary>"För över till Samvy" on the row of the case or SIP with this reference.</summary>
    public Task<Attempt> CarryOverAsync(string table, string reference) =>
        PressAsync(Table(table).Locator("tbody tr")
                .Filter(new() { Has = page.Locator("td:first-child", new() { HasTextRegex = new Regex($"^{Regex.Escape(reference)}$") }) })
            .GetByRole(AriaRole.Button, new() { Name = "För över till Samvy" }), $"För över till Samvy för {reference}");

    public async Task<DecommissioningView> ReadAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        var phase = (await page.GetByLabel("Läge", new() { Exact = true }).InnerTextAsync()).Trim();
        var cases = (await RowsAsync(OpenCasesTable)).Select(c => new OpenCaseListing(c[0], c[2], c[3], c[5].Length > 0));
        var sips = (await RowsAsync(ActiveSipsTable)).Select(c => new ActiveSipListing(c[0], c[2], c[3], c[4], c[5], c[6].Length > 0));
        var carried = (await RowsAsync("Överfört till Samvy")).Select(c => new CarriedOverListing(c[0], c[1], c[2]));
        return new DecommissioningView(phase, [.. cases], [.. sips], [.. carried]);
    }

    public const string OpenCasesTable = "Öppna ärenden";
    public const string ActiveSipsTable = "Aktiva SIP:ar";

    private ILocator Table(string name) => page.GetByRole(AriaRole.Table, new() { Name = name, Exact = true }).Describe($"tabellen {name}");

    private async Task<List<List<string>>> RowsAsync(string table)
    {
        var rows = new List<List<string>>();
        foreach (var row in await Table(table).Locator("tbody tr").AllAsync())
            rows.Add([.. (await row.Locator("td").AllInnerTextsAsync()).Select(c => Regex.Replace(c, @"\s+", " ").Trim())]);
        return rows;
    }

    private async Task<Attempt> PressAsync(ILocator button, string name)
    {
        await button.Describe($"knappen {name}").ClickAsync();
        await Expect(Refusal.Or(Done)).ToBeVisibleAsync();
        return await Refusal.IsVisibleAsync()
            ? new Attempt(false, Regex.Replace(await Refusal.InnerTextAsync(), @"\s+", " ").Trim())
            : new Attempt(true, (await Done.InnerTextAsync()).Trim());
    }
}
