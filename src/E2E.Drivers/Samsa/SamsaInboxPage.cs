using E2E.Drivers.Directory;
using E2E.Drivers.Ui;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's inbox for the logged-in unit (/inkorg), reached through the main menu.</summary>
public sealed class SamsaInboxPage(IPage page, KnownUnit unit)
{
    public InboxTable Inbox { get; } = new(page, $"inkorgen för {unit.DisplayName} i SAMSA");

    private ILocator MainMenu => page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).Describe("SAMSAs huvudmeny");
    private ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = $"Inkorg – {unit.DisplayName}" })
        .Describe($"rubriken Inkorg – {unit.DisplayName}");

    public async Task OpenAsync()
    {
        await MainMenu.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).Describe("menyvalet Inkorg").ClickAsync();
        await Expect(Heading).ToBeVisibleAsync();
    }
}
