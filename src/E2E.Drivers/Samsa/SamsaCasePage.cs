using System.Text.RegularExpressions;
using E2E.Drivers.Attempts;
using E2E.Drivers.Messages;
using E2E.Drivers.Sip;
using E2E.Drivers.Ui;
using E2E.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Drivers.Samsa;

/// <summary>SAMSA's case page (/arenden/{id}): its "Åtgärder" lead to the send form of each kind.</summary>
public sealed class SamsaCasePage(IPage page)
{
    private ILocator Heading(Patient patient) => page.GetByRole(AriaRole.Heading, new() { Level = 1 })
        .Filter(new() { HasText = patient.ShownIdentity }).Describe($"rubriken för ärendet för {patient.ShownIdentity}");

    private ILocator Actions => page.GetByRole(AriaRole.Navigation, new() { Name = "Åtgärder" }).Describe("ärendets åtgärder");

    public async Task SendAsync(Patient patient, OutgoingMessage message) =>
        await (await OpenFormAsync(patient, message.Kind)).FillAndSendAsync(message, "Skicka");

    public async Task<MessageForm> OpenFormAsync(Patient patient, MessageKind kind)
    {
        await TakeActionAsync(patient, kind.Action, $"/skicka/{kind.Code}");
        return new MessageForm(page.Locator("body"), "SAMSA");
    }

    public async Task<Attempt> CallSipAsync(Patient patient, SipCall call)
    {
        await TakeActionAsync(patient, "Kalla till SIP", "/sip");
        // A called SIP brings the person back to the case page.
        var backOnCase = page.GetByRole(AriaRole.Heading, new() { Level = 1 }).Filter(new() { HasTextRegex = new Regex("^Ärende ") })
            .Describe("ärendets rubrik");
        return await new SipForm(page.Locator("body"), "SAMSA", backOnCase).FillAndCallAsync(call);
    }

    public async Task<IReadOnlyList<SipListing>> SipsAsync(Patient patient)
    {
        await Expect(Heading(patient)).ToBeVisibleAsync();
        return await SipTable.ReadAsync(page);
    }

    /// <summary>
    /// "Koppla ihop med personnummer" (P07): types the identified patient's personnummer; back on the case, the
    /// heading shows it instead of the reserve number.
    /// </summary>
    public async Task IdentifyAsync(Patient patient)
    {
        await TakeActionAsync(patient, "Koppla ihop med personnummer", "/sammankoppla");
        await page.GetByLabel("Personnummer", new() { Exact = true }).Describe("fältet Personnummer").FillAsync(patient.DisplayPersonnummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppla ihop" }).Describe("knappen Koppla ihop").ClickAsync();
        await Expect(Heading(patient.Identified())).ToBeVisibleAsync();
    }

    private async Task TakeActionAsync(Patient patient, string action, string formPath)
    {
        await Expect(Heading(patient)).ToBeVisibleAsync();
        await Actions.GetByRole(AriaRole.Link, new() { Name = action, Exact = true }).Describe($"åtgärden {action}").ClickAsync();
        // The form is its own page: wait until it has replaced the case page before touching its fields.
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(formPath)}$"));
    }
}
