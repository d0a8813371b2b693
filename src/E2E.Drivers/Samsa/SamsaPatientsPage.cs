using E2E.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's list of the unit's admitted patients (/patienter), reached through the main menu.</summary>
public sealed class SamsaPatientsPage(IPage page)
{
    private ILocator MainMenu => page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).Describe("SAMSAs huvudmeny");

    private ILocator RowFor(Patient patient) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = patient.ShownIdentity })
            .Describe($"raden för patienten {patient.ShownIdentity}");

    public async Task OpenAsync() =>
        await MainMenu.GetByRole(AriaRole.Link, new() { Name = "Patienter" }).Describe("menyvalet Patienter").ClickAsync();

    /// <summary>The patient's name and identity as the ward's list shows them, found by name; null when no row has the name.</summary>
    public async Task<Systems.ShownPatient?> ShownPatientAsync(Patient patient)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Inskrivna patienter" })
            .Describe("rubriken Inskrivna patienter")).ToBeVisibleAsync();
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = patient.FullName });
        if (await rows.CountAsync() == 0) return null;
        var cells = rows.First.GetByRole(AriaRole.Cell);
        return new Systems.ShownPatient((await cells.Nth(0).InnerTextAsync()).Trim(), (await cells.Nth(1).InnerTextAsync()).Trim());
    }

    /// <summary>Opens the patient's case (samordningsärende) from their row.</summary>
    public async Task OpenCaseAsync(Patient patient)
    {
        var row = RowFor(patient);
        await Expect(row).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Öppna ärendet" })
            .Describe($"länken Öppna ärendet för {patient.ShownIdentity}").First.ClickAsync();
    }
}
