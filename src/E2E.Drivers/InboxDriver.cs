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
    /// Opens the unit's inbox and presses "Uppdatera" until the patient's admission notice shows,
    /// bounded by the configured delivery timeout (messages across systems arrive later).
    /// </summary>
    public async Task<InboxEntry> ShouldShowAdmissionNoticeAsync(KnownUnit unit, CareSystem system, Patient patient)
    {
        var page = await login.NurseAtAsync(unit, system);
        var table = await OpenInboxAsync(page, unit, system);
        var rows = table.RowsFor(AdmissionNotice, patient.DisplayPersonnummer);
        var timeout = settings.Timeouts.MessageDelivery;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var remaining = timeout - clock.Elapsed;
            try
            {
                // Web-first wait on each refresh, then ask the page for fresh data.
                await rows.First.WaitForAsync(new() { State = WaitForSelectorState.Visible,
                    Timeout = (float)Math.Clamp(remaining.TotalMilliseconds, 1, 1_000) });
                return LastFound = new InboxEntry(unit, system, table, rows.First, AdmissionNotice);
            }
            catch (TimeoutException) when (clock.Elapsed < timeout)
            {
                await table.RefreshButton.ClickAsync();
            }
            catch (TimeoutException e)
            {
                throw new BusinessAssertionException(
                    $"Inkorgen för {unit.DisplayName} i {system.Display()} saknar inskrivningsmeddelandet för patient " +
                    $"{patient.DisplayPersonnummer} efter {timeout.TotalSeconds:0} s.", e);
            }
        }
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
