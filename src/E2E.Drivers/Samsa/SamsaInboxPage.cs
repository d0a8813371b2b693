using E2E.Drivers.Directory;
using E2E.Drivers.Ui;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samsa;

/// <summary>
/// SAMSA's inbox for the logged-in unit (/inkorg), reached through the main menu. It shows 20 messages a page, newest
/// first: a person looking for one kind filters on it, so a message dated on a test clock's earlier day is not left on
/// a later page behind the run's other messages.
/// </summary>
public sealed class SamsaInboxPage(IPage page, KnownUnit unit)
{
    public InboxTable Inbox { get; } = new(page, $"inkorgen för {unit.DisplayName} i SAMSA");

    private ILocator MainMenu => page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).Describe("SAMSAs huvudmeny");
    private ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = $"Inkorg – {unit.DisplayName}" })
        .Describe($"rubriken Inkorg – {unit.DisplayName}");

    public async Task OpenAsync(Messages.MessageKind kind)
    {
        await MainMenu.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).Describe("menyvalet Inkorg").ClickAsync();
        await Expect(Heading).ToBeVisibleAsync();
        var filter = page.GetByRole(AriaRole.Search, new() { Name = "Filter" }).Describe("inkorgens filter");
        await filter.GetByLabel("Meddelandetyp", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind.Display });
        await filter.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]typ=[^&]+"));
        await Expect(Heading).ToBeVisibleAsync();
    }
}
