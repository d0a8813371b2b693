using E2E.Core.Browser;
using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.TestData;
using E2E.Drivers.Reachability;
using Microsoft.Playwright;
using System.Diagnostics;

namespace E2E.Drivers.Outages;

/// <summary>
/// The region's reserve routine list (the integration's page "Reservrutin"), as the receiving unit reads it while
/// Samvy is down: one table per recipient unit, a row per message held.
/// </summary>
public sealed class ReserveRoutineList(ScenarioBrowser browser, TenantEndpoints endpoints, PlaywrightSettings settings)
{
    /// <summary>
    /// The unit's table lists the message of this kind for the patient exactly once. The routine takes a message over
    /// only after a delivery to Samvy failed, and the page is drawn once per load: so it is reloaded, as a person
    /// would, until the message shows or the delivery time is up.
    /// </summary>
    public async Task ShouldHoldOnceAsync(KnownUnit unit, MessageKind kind, Patient patient)
    {
        var page = await browser.PageForAsync($"reservrutinen för {unit.DisplayName}");
        var address = new Uri(endpoints.Integration, $"reservrutin?enhet={Uri.EscapeDataString(unit.HsaId)}");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = $"Reservrutin – {unit.DisplayName}" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = patient.DisplayPersonnummer }).Filter(new() { HasText = kind.Display });
        var clock = Stopwatch.StartNew();
        await page.GotoTenantAsync(address);
        while (await rows.CountAsync() == 0 && clock.Elapsed < settings.Timeouts.MessageDelivery)
        {
            await Task.Delay(500);
            await page.GotoTenantAsync(address);
        }
        var count = await rows.CountAsync();
        if (count != 1)
        {
            var shown = (await page.Locator("main").InnerTextAsync()).Trim();
            throw new BusinessAssertionException(
                $"Reservrutinen skulle visa {kind.Definite} för patient {patient.DisplayPersonnummer} en gång för {unit.DisplayName}, " +
                $"men visar {count} sådana efter {clock.Elapsed.TotalSeconds:0.0} s. Sidan: \"{Shortened(shown)}\"");
        }
    }

    private static string Shortened(string text) => text.Length <= 400 ? text : text[..400] + " …";
}
