using E2E.Drivers.Ui;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's form for an admission notice (/vardtillfallen/{id}/inskrivningsmeddelande).</summary>
public sealed class SamsaAdmissionNoticePage(IPage page)
{
    private ILocator Recipient => page.GetByRole(AriaRole.Combobox, new() { Name = "Mottagare" }).Describe("mottagarvalet");
    private ILocator EstimatedDischarge => page.GetByLabel("Beräknat utskrivningsdatum").Describe("fältet Beräknat utskrivningsdatum");
    private ILocator SendButton => page.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }).Describe("knappen Skicka");
    private ILocator Confirmation => page.GetByText("Inskrivningsmeddelandet har skickats").Describe("kvittensen att meddelandet skickats");

    public async Task SendAsync(string recipientName, DateOnly estimatedDischarge)
    {
        await ComboboxChooser.ChooseAsync(Recipient, recipientName, "SAMSA");
        await EstimatedDischarge.FillAsync(estimatedDischarge.ToString("yyyy-MM-dd"));
        await SendButton.ClickAsync();
        await Expect(Confirmation).ToBeVisibleAsync();
    }
}
