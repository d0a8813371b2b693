using E2E.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's list of the unit's admitted patients (/patienter), reached through the main menu.</summary>
public sealed class SamsaPatientsPage(IPage page)
{
    private ILocator MainMenu => page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).Describe("SAMSAs huvudmeny");

    private ILocator RowFor(Patient patient) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = patient.DisplayPersonnummer })
            .Describe($"raden för patienten {patient.DisplayPersonnummer}");

    public async Task OpenAsync() =>
        await MainMenu.GetByRole(AriaRole.Link, new() { Name = "Patienter" }).Describe("menyvalet Patienter").ClickAsync();

    /// <summary>Opens the patient's case (samordningsärende) from their row.</summary>
    public async Task OpenCaseAsync(Patient patient)
    {
        var row = RowFor(patient);
        await Expect(row).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Öppna ärendet" })
            .Describe($"länken Öppna ärendet för {patient.DisplayPersonnummer}").First.ClickAsync();
    }
}
