using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Ui;

/// <summary>One message opened from an inbox (/meddelanden/{id}, the same shape in both systems): its details as a list of terms.</summary>
public sealed class MessagePage(IPage page, string description)
{
    /// <summary>What the page shows for a term such as "Utskrivningstid"; null when the page does not show it.</summary>
    public async Task<string?> ValueOfAsync(string term)
    {
        var dt = page.Locator("dt").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{term}$") })
            .Describe($"uppgiften {term} i {description}");
        await Expect(page.Locator("dl").First.Describe($"uppgifterna i {description}")).ToBeVisibleAsync();
        if (await dt.CountAsync() == 0) return null;
        return (await dt.Locator("xpath=following-sibling::dd[1]").InnerTextAsync()).Trim();
    }
}
