using System.Diagnostics;
using E2E.Core.Settings;
using E2E.Drivers.Directory;
using E2E.Drivers.Samsa;
using E2E.Drivers.Samvy;
using E2E.Drivers.Ui;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers;

/// <summary>Looks into a unit's inbox in a given system, waiting for messages delivered asynchronously.</summary>
public sealed class InboxDriver(NurseLoginDriver login, PlaywrightSettings settings)
{
    public const string AdmissionNotice = "Inskrivningsmeddelande";

    public InboxEntry? LastFound { get; private set; }

    /// <summary>
    /// Opens the unit's inbox and presses "Uppdatera" until the patient's admission notice with the expected
    /// estimate shows, bounded by the configured delivery timeout (messages across systems arrive later).
    /// </summary>
    public async Task<InboxEntry> ShouldShowAdmissionNoticeAsync(
        KnownUnit unit, CareSystem system, Patient patient, DateOnly expectedDischarge)
    {
        var page = await login.NurseAtAsync(unit, system);
        var table = await OpenInboxAsync(page, unit, system);
        var forPatient = table.RowsFor(AdmissionNotice, patient.DisplayPersonnummer);
        var expected = forPatient.Filter(new() { HasText = expectedDischarge.ToString("yyyy-MM-dd") });
        var timeout = settings.Timeouts.MessageDelivery;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // Web-first wait on each refresh, then ask the page for fresh data.
                var remaining = timeout - clock.Elapsed;
                await expected.First.WaitForAsync(new() { State = WaitForSelectorState.Visible,
                    Timeout = (float)Math.Clamp(remaining.TotalMilliseconds, 1, 1_000) });
                return LastFound = new InboxEntry(unit, system, table, expected.First, AdmissionNotice);
            }
            catch (TimeoutException) when (clock.Elapsed < timeout)
            {
                await table.RefreshButton.ClickAsync();
            }
            catch (TimeoutException e)
            {
                throw await MissingAsync(unit, system, patient, expectedDischarge, forPatient, timeout, e);
            }
        }
    }

    private static async Task<BusinessAssertionException> MissingAsync(KnownUnit unit, CareSystem system,
        Patient patient, DateOnly expectedDischarge, ILocator forPatient, TimeSpan timeout, Exception inner)
    {
        var inbox = $"Inkorgen för {unit.DisplayName} i {system.Display()}";
        if (await forPatient.CountAsync() == 0)
            return new BusinessAssertionException(
                $"{inbox} saknar inskrivningsmeddelandet för patient {patient.DisplayPersonnummer} " +
                $"efter {timeout.TotalSeconds:0} s.", inner);
        var shown = string.Join(" | ", await forPatient.AllInnerTextsAsync());
        return new BusinessAssertionException(
            $"{inbox} visar inskrivningsmeddelandet för patient {patient.DisplayPersonnummer}, men inte med beräknat " +
            $"utskrivningsdatum {expectedDischarge:yyyy-MM-dd} (efter {timeout.TotalSeconds:0} s). Visas: {shown}", inner);
    }

    private async Task<InboxTable> OpenInboxAsync(IPage page, KnownUnit unit, CareSystem system)
    {
        if (system == CareSystem.Samsa)
        {
            var inbox = new SamsaInboxPage(page, unit);
            await inbox.OpenAsync();
            return inbox.Inbox;
        }
        var center = new SamvyMessageCenterPage(page, login.BaseUrlOf(system), unit);
        await center.OpenAsync();
        return center.Inbox;
    }
}
