using E2E.Drivers.Directory;
using E2E.Drivers.Ui;
using E2E.Drivers.Reachability;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samvy;

/// <summary>Samvy's message center for the logged-in unit (/meddelandecenter): the unit's inbox.</summary>
public sealed class SamvyMessageCenterPage(IPage page, Uri baseUrl, KnownUnit unit)
{
    public InboxTable Inbox { get; } = new(page, $"meddelandecentret för {unit.DisplayName} i Samvy");

    private ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = $"Meddelandecenter – {unit.DisplayName}" })
        .Describe($"rubriken Meddelandecenter – {unit.DisplayName}");

    public async Task OpenAsync()
    {
        await page.GotoTenantAsync(new Uri(baseUrl, "meddelandecenter"));
        await Expect(Heading).ToBeVisibleAsync();
    }
}
