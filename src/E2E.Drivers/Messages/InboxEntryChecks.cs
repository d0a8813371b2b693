using System.Text.RegularExpressions;
using E2E.Drivers.Ui;
using E2E.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Messages;

/// <summary>Checks what an inbox row shows, failing with a message that names the inbox, column and patient.</summary>
public static class InboxEntryChecks
{
    public static async Task ShouldShowAsync(this InboxEntry entry, Patient patient, DateOnly estimatedDischarge)
    {
        await entry.ShouldShowInColumnAsync("Patient", patient.FirstName, patient);
        await entry.ShouldShowInColumnAsync("Patient", patient.LastName, patient);
        await entry.ShouldShowInColumnAsync("Personnummer", patient.ShownIdentity, patient);
        await entry.ShouldShowInColumnAsync("Adress", patient.StreetAddress, patient);
        await entry.ShouldShowInColumnAsync("Adress", patient.Town, patient);
        await entry.ShouldShowInColumnAsync("Beräknat utskrivningsdatum", estimatedDischarge.ToString("yyyy-MM-dd"), patient);
    }

    public static async Task ShouldShowInColumnAsync(this InboxEntry entry, string column, string expected, Patient patient)
    {
        var cell = await entry.Table.CellAsync(entry.Row, column);
        try
        {
            await Expect(cell).ToContainTextAsync(new Regex(Regex.Escape(expected), RegexOptions.IgnoreCase));
        }
        catch (PlaywrightException e)
        {
            var shown = await cell.InnerTextAsync();
            throw new BusinessAssertionException(
                $"{entry.InboxName}: {entry.Kind.Definite} för patient {patient.ShownIdentity} " +
                $"visar '{shown}' i kolumnen {column}, men skulle innehålla '{expected}'.", e);
        }
    }

    /// <summary>Opens the message from its row, as the reader would, and checks one of its details.</summary>
    public static async Task ShouldShowDetailAsync(this InboxEntry entry, string term, string expected, Patient patient)
    {
        var page = entry.Row.Page;
        await entry.OpenAsync();
        var shown = await new MessagePage(page, $"{entry.Kind.Definite} för {patient.ShownIdentity}").ValueOfAsync(term);
        // Back to the inbox, as the reader goes: the steps after this one read the row (its columns, that it came once).
        await page.GoBackAsync();
        await entry.Row.WaitForAsync();
        if (shown != expected)
            throw new BusinessAssertionException(
                $"{entry.InboxName}: {entry.Kind.Definite} för patient {patient.ShownIdentity} visar {term.ToLowerInvariant()} " +
                $"'{shown ?? "(saknas)"}', men skulle visa '{expected}'.");
    }
}
