using System.Text.RegularExpressions;
using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Drivers.Reachability;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Ui;

/// <summary>
/// The login both systems share in shape, like an e-ID: choose the identity ("Namn (HSA-id …)"), then one of that
/// person's assignments valid in the system ("Roll, Enhet"). Real tenants log in with SITHS; this page object is
/// what changes for them.
/// </summary>
public sealed class LoginPage(IPage page, Uri baseUrl, CareSystem system)
{
    private ILocator IdentitySelect => page.GetByLabel("Identitet").Describe($"identitetsvalet i {system.Display()}");
    private ILocator ContinueButton => page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).Describe("knappen Fortsätt");
    private ILocator AssignmentSelect => page.GetByLabel("Uppdrag").Describe($"uppdragsvalet i {system.Display()}");
    private ILocator LoginButton => page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).Describe("knappen Logga in");
    private ILocator Refusal => page.GetByRole(AriaRole.Alert).Describe($"beskedet att inloggningen nekades i {system.Display()}");

    public async Task LogInAsync(StaffMember person, string role, KnownUnit unit)
    {
        var attempt = await TryLogInAsync(person, role, unit);
        if (!attempt.Succeeded)
            throw new BusinessAssertionException($"{person} kommer inte in i {system.Display()}: {attempt.Told}");
    }

    /// <summary>
    /// Logs in as a person would try to: a refusal after the identity step (no assignment valid in this system) comes
    /// back as what the page said. An offered list without the wanted assignment is a broken precondition.
    /// </summary>
    public async Task<Attempt> TryLogInAsync(StaffMember person, string role, KnownUnit unit)
    {
        await page.GotoTenantAsync(new Uri(baseUrl, "logga-in"));
        await IdentitySelect.SelectOptionAsync(new SelectOptionValue { Value = person.HsaId });
        await ContinueButton.ClickAsync();
        await Expect(AssignmentSelect.Or(Refusal)).ToBeVisibleAsync();
        if (await Refusal.IsVisibleAsync())
            return new Attempt(false, Regex.Replace(await Refusal.InnerTextAsync(), @"\s+", " ").Trim());
        var wanted = $"{role}, {unit.DisplayName}";
        var options = await AssignmentSelect.Locator("option").AllInnerTextsAsync();
        if (!options.Any(o => o.Trim().Equals(wanted, StringComparison.OrdinalIgnoreCase)))
            throw new BusinessAssertionException(
                $"I {system.Display()} erbjuds {person} inte uppdraget {wanted}. Valbara: {string.Join("; ", options.Skip(1))}.");
        await AssignmentSelect.SelectOptionAsync(new SelectOptionValue { Label = wanted });
        await LoginButton.ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("logga-in", RegexOptions.IgnoreCase));
        return new Attempt(true, $"Inloggad i {system.Display()} som {wanted}");
    }
}
