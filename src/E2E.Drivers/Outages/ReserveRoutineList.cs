using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.TestData;
using E2E.Drivers.Reachability;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Outages;

/// <summary>
/// The region's reserve routine list (the integration's page "Reservrutin"), as the receiving unit reads it while
/// Samvy is down: one table per recipient unit, a row per message held.
/// </summary>
public sealed class ReserveRoutineList(ScenarioBrowser browser, TenantEndpoints endpoints)
{
    /// <summary>The unit's table lists the message of this kind for the patient exactly once.</summary>
    public async Task ShouldHoldOnceAsync(KnownUnit unit, MessageKind kind, Patient patient)
    {
        var page = await browser.PageForAsync($"reservrutinen för {unit.DisplayName}");
        await page.GotoTenantAsync(new Uri(endpoints.Integration, $"reservrutin?enhet={Uri.EscapeDataString(unit.HsaId)}"));
        var rows = page.GetByRole(AriaRole.Table, new() { Name = $"Reservrutin – {unit.DisplayName}" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = patient.DisplayPersonnummer }).Filter(new() { HasText = kind.Display });
        try
        {
            await Expect(rows).ToHaveCountAsync(1);
        }
        catch (PlaywrightException e)
        {
            var shown = (await page.Locator("main").InnerTextAsync()).Trim();
            throw new BusinessAssertionException(
                $"Reservrutinen skulle visa {kind.Definite} för patient {patient.DisplayPersonnummer} en gång för {unit.DisplayName}, " +
                $"men visar {await rows.CountAsync()} sådana. Sidan: \"{Shortened(shown)}\"", e);
        }
    }

    private static string Shortened(string text) => text.Length <= 400 ? text : text[..400] + " …";
}
