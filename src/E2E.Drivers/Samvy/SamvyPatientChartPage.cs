using E2E.Drivers.Attempts;
using E2E.Drivers.Messages;
using E2E.Drivers.Reachability;
using E2E.Drivers.Sip;
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
        await page.GotoTenantAsync(new Uri(baseUrl, $"patienter/{Uri.EscapeDataString(patientId)}"));
        await Expect(Banner).ToContainTextAsync(patient.ShownIdentity);
    }

    /// <summary>Opens the chart and reads the banner's name and identity, whatever they are (P07 checks them).</summary>
    public async Task<Systems.ShownPatient> ReadBannerAsync(string patientId)
    {
        await page.GotoTenantAsync(new Uri(baseUrl, $"patienter/{Uri.EscapeDataString(patientId)}"));
        await Expect(Banner).ToBeVisibleAsync();
        var name = await Banner.Locator(".namn").InnerTextAsync();
        var identity = await Banner.GetByText("Personnummer:").Locator("strong").InnerTextAsync();
        return new Systems.ShownPatient(name.Trim(), identity.Trim());
    }

    /// <summary>
    /// "Koppla ihop med personnummer" on the Översikt tab (P07): types the personnummer; Samvy then shows the chart of
    /// the identified patient (another chart when the person was already known). Returns that chart's id.
    /// </summary>
    public async Task<string> IdentifyAsync(Patient identified)
    {
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Koppla ihop med personnummer" }).Describe("avsnittet Koppla ihop med personnummer");
        await section.GetByLabel("Personnummer", new() { Exact = true }).Describe("fältet Personnummer").FillAsync(identified.DisplayPersonnummer);
        await section.GetByRole(AriaRole.Button, new() { Name = "Koppla ihop" }).Describe("knappen Koppla ihop").ClickAsync();
        await Expect(Banner).ToContainTextAsync(identified.DisplayPersonnummer);
        return Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath.Split('/').Last());
    }

    /// <summary>The banner's "SAMSA-ärende pågår (ward)" status, or null when the banner shows none.</summary>
    public async Task<string?> OngoingCaseBannerAsync()
    {
        var flag = Banner.GetByRole(AriaRole.Status).Filter(new() { HasText = "SAMSA-ärende pågår" }).Describe("flaggan SAMSA-ärende pågår i patientbannern");
        return await flag.CountAsync() == 0 ? null : (await flag.First.InnerTextAsync()).Trim();
    }

    /// <summary>The chart's SIP list (Översikt): Samvy's own SIPs and references to SAMSA's.</summary>
    public Task<IReadOnlyList<SipListing>> SipsAsync() => SipTable.ReadAsync(page);

    /// <summary>
    /// Opens "Kalla till SIP" from the collaboration view. Returns null when the form offers no case whose name
    /// contains <paramref name="caseLabel"/> (yet: a SAMSA case reaches Samvy through the integration).
    /// </summary>
    public async Task<Attempt?> CallSipAsync(string caseLabel, SipCall call)
    {
        await CollaborationTab.ClickAsync();
        var view = CollaborationView.Locator(":root");
        await view.GetByRole(AriaRole.Link, new() { Name = "Kalla till SIP", Exact = true }).Describe("länken Kalla till SIP i Samverkansvyn").ClickAsync();
        var caseChoice = view.GetByLabel("Samordningsärende", new() { Exact = true }).Describe("valet Samordningsärende i Samverkansvyn");
        await Expect(caseChoice).ToBeVisibleAsync();
        var option = caseChoice.Locator("option").Filter(new() { HasText = caseLabel });
        if (await option.CountAsync() == 0) return null;
        await caseChoice.SelectOptionAsync(new SelectOptionValue { Value = await option.First.GetAttributeAsync("value") });
        var receipt = view.GetByRole(AriaRole.Status).Filter(new() { HasText = "SIP:en är kallad" }).Describe("beskedet \"SIP:en är kallad\"");
        return await new SipForm(view, "Samvy (Samverkansvyn)", receipt).FillAndCallAsync(call);
    }

    /// <summary>The collaboration view's form for a kind (tab Samverkan, then the kind in "Meddelandetyp").</summary>
    public async Task<MessageForm> OpenFormAsync(MessageKind messageKind)
    {
        await CollaborationTab.ClickAsync();
        var view = CollaborationView.Locator(":root");
        var kind = view.GetByRole(AriaRole.Navigation, new() { Name = "Meddelandetyp" })
            .GetByRole(AriaRole.Link, new() { Name = messageKind.Display, Exact = true })
            .Describe($"meddelandetypen {messageKind.Display} i Samverkansvyn");
        // Choosing the kind reloads the view: only when it is not the one shown, and then wait for the new form.
        if (await kind.GetAttributeAsync("aria-current") != "page")
        {
            await kind.ClickAsync();
            await Expect(kind).ToHaveAttributeAsync("aria-current", "page");
        }
        return new MessageForm(view, "Samvy (Samverkansvyn)");
    }
}
