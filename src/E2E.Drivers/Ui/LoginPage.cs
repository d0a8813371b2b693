using System.Text.RegularExpressions;
using E2E.Drivers.Directory;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Ui;

/// <summary>
/// The login page both systems share in shape: pick a demo identity ("Namn – Roll, Enhet") and log in.
/// Real tenants log in with SITHS; this page object is what changes for them.
/// </summary>
public sealed class LoginPage(IPage page, Uri baseUrl, CareSystem system)
{
    private ILocator UserSelect => page.GetByLabel("Användare").Describe($"användarvalet i {system.Display()}");
    private ILocator LoginButton => page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).Describe("knappen Logga in");

    public async Task LogInAsync(string role, KnownUnit unit)
    {
        await page.GotoAsync(new Uri(baseUrl, "logga-in").ToString());
        var options = await UserSelect.Locator("option").AllInnerTextsAsync();
        var wanted = options.FirstOrDefault(o => o.Contains($"{role}, {unit.DisplayName}", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"I {system.Display()} finns ingen användare med rollen {role} på {unit.DisplayName}. " +
                $"Valbara: {string.Join("; ", options)}.");
        await UserSelect.SelectOptionAsync(new SelectOptionValue { Label = wanted.Trim() });
        await LoginButton.ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("logga-in", RegexOptions.IgnoreCase));
    }
}
