using System.Diagnostics;
using E2E.Drivers.Directory;
using E2E.Drivers.Ui;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;

namespace E2E.Drivers.Messages;

/// <summary>
/// Waits in an open inbox for the patient's message of a kind, pressing "Uppdatera" until it shows, bounded by the
/// delivery timeout (a message across systems arrives later). Both systems' inboxes share the table's shape.
/// </summary>
public static class InboxWatcher
{
    public static async Task<InboxEntry> WaitForAsync(
        InboxTable table, KnownUnit unit, CareSystem system, MessageKind kind, Patient patient, string mustShow, TimeSpan timeout)
    {
        var forPatient = table.RowsFor(kind.Display, patient.ShownIdentity);
        var expected = forPatient.Filter(new() { HasText = mustShow });
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // Web-first wait on each refresh, then ask the page for fresh data.
                var remaining = timeout - clock.Elapsed;
                await expected.First.WaitForAsync(new() { State = WaitForSelectorState.Visible,
                    Timeout = (float)Math.Clamp(remaining.TotalMilliseconds, 1, 1_000) });
                return new InboxEntry(unit, system, table, expected.First, kind, expected);
            }
            catch (TimeoutException) when (clock.Elapsed < timeout)
            {
                await table.RefreshButton.ClickAsync();
            }
            catch (TimeoutException e)
            {
                throw await MissingAsync(unit, system, kind, patient, mustShow, forPatient, timeout, e);
            }
        }
    }

    /// <summary>
    /// Watches the inbox for <paramref name="window"/> after the message arrived: a second copy of it (the same kind,
    /// patient and data) is a message delivered twice, and a row that goes away was moved or lost after delivery
    /// (e.g. re-filed under another patient's identity).
    /// </summary>
    public static async Task ShouldStayAloneAsync(InboxEntry entry, string patient, TimeSpan window)
    {
        // Looked at on arrival, half-way and at the end: a copy or a loss stays visible once it happened, so more
        // refreshes would only cost processor time that the scenarios running beside this one need.
        var clock = Stopwatch.StartNew();
        for (var look = 0; ; look++)
        {
            var count = await entry.Matching.CountAsync();
            if (count > 1)
                throw new BusinessAssertionException(
                    $"{entry.InboxName} visar {entry.Kind.Definite} för patient {patient} {count} gånger; det ska komma fram en gång. " +
                    $"Rader: {string.Join(" | ", await entry.Matching.AllInnerTextsAsync())}");
            if (count == 0)
                throw new BusinessAssertionException(
                    $"{entry.InboxName} visade {entry.Kind.Definite} för patient {patient}, men visar det inte längre efter " +
                    $"{clock.Elapsed.TotalSeconds:0.0} s; det ska ligga kvar där.");
            if (look == 2) return;
            var until = window * (look + 1) / 2;
            if (until > clock.Elapsed) await Task.Delay(until - clock.Elapsed);
            await entry.Table.RefreshButton.ClickAsync();
        }
    }

    private static async Task<BusinessAssertionException> MissingAsync(KnownUnit unit, CareSystem system, MessageKind kind,
        Patient patient, string mustShow, ILocator forPatient, TimeSpan timeout, Exception inner)
    {
        var inbox = $"Inkorgen för {unit.DisplayName} i {system.Display()}";
        if (await forPatient.CountAsync() == 0)
            return new BusinessAssertionException(
                $"{inbox} saknar {kind.Definite} för patient {patient.ShownIdentity} efter {timeout.TotalSeconds:0} s.", inner);
        var shown = string.Join(" | ", await forPatient.AllInnerTextsAsync());
        return new BusinessAssertionException(
            $"{inbox} visar {kind.Definite} för patient {patient.ShownIdentity}, men inte med '{mustShow}' " +
            $"(efter {timeout.TotalSeconds:0} s). Visas: {shown}", inner);
    }
}
