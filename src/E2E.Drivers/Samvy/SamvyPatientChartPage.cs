using E2E.Drivers.Ui;
using E2E.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samvy;

/// <summary>Samvy's patient chart (/patienter/{id}); the Samverkan tab hosts the collaboration view in an iframe.</summary>
public sealed class SamvyPatientChartPage(IPage page, Uri baseUrl)
{
    private ILocator Banner => page.GetByRole(AriaRole.Region, new() { Name = "Patientbanner" }).Describe("patientbannern");
    private ILocator CollaborationTab => page.GetByRole(AriaRole.Tab, new() { Name = "Samverkan" }).Describe("fliken Samverkan");
    private IFrameLocator CollaborationView => page.FrameLocator("iframe[title='Samverkansvy']");

    public async Task OpenAsync(string patientId, Patient patient)
    {
        await page.GotoAsync(new Uri(baseUrl, $"patienter/{Uri.EscapeDataString(patientId)}").ToString());
        await Expect(Banner).ToContainTextAsync(patient.DisplayPersonnummer);
    }

    public async Task SendAdmissionNoticeAsync(string recipientName, DateOnly estimatedDischarge)
    {
        await CollaborationTab.ClickAsync();
        var view = CollaborationView;
        var recipient = view.GetByRole(AriaRole.Combobox, new() { Name = "Mottagare" }).Describe("mottagarvalet i Samverkansvyn");
        await ComboboxChooser.ChooseAsync(recipient, recipientName, "Samvy (Samverkansvyn)");
        await view.GetByLabel("Beräknat utskrivningsdatum").Describe("fältet Beräknat utskrivningsdatum i Samverkansvyn")
            .FillAsync(estimatedDischarge.ToString("yyyy-MM-dd"));
        await view.GetByRole(AriaRole.Button, new() { Name = "Skicka inskrivningsmeddelande" })
            .Describe("knappen Skicka inskrivningsmeddelande").ClickAsync();
        await Expect(view.GetByText("Inskrivningsmeddelandet har skickats").Describe("kvittensen i Samverkansvyn"))
            .ToBeVisibleAsync();
    }
}
