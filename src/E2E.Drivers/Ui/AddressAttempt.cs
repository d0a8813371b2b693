using System.Text.RegularExpressions;
using E2E.Drivers.Attempts;
using E2E.Drivers.Reachability;
using Microsoft.Playwright;

namespace E2E.Drivers.Ui;

/// <summary>
/// A page a person reaches by typing its address (or following a shared link) rather than through a menu, which the
/// system may refuse. What the person was told is the page's main content as they read it.
/// </summary>
public static partial class AddressAttempt
{
    public static async Task<Attempt> OpenAsync(IPage page, Uri address)
    {
        var response = await page.GotoTenantAsync(address);
        var told = Collapse(await page.GetByRole(AriaRole.Main).InnerTextAsync());
        var refused = response is { Status: >= 400 } || await page.GetByRole(AriaRole.Alert).CountAsync() > 0;
        return new Attempt(!refused, told);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
