using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Http;
using E2E.Drivers.Samvy;
using E2E.Organisation;
using E2E.TestData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace E2E.Cli.Jamforelse;

/// <summary>
/// P04's "Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA" written as plain Playwright .NET, the way a
/// careful engineer would without the suite: the same API admission, sign-ins, form, inbox and checks, but no Reqnroll,
/// no driver layers, no tracing and no report. The yardstick the suite's overhead is measured against.
/// </summary>
internal sealed class PlainP04Flow(IBrowser browser, Uri samsa, Uri samvy, TenantHttpClients http, PatientBuilder patients,
    DateTimeOffset now, TimeSpan deliveryTimeout)
{
    public const string Admission = "Inskrivning (API)";
    public const string SignIn = "Inloggning";
    public const string Navigation = "Navigering och formulär";
    public const string Delivery = "Väntan på leverans";
    public const string Check = "Kontroll av raden";

    private static readonly KnownUnit Ward = E2E.Drivers.Directory.UnitCatalogue.Find("avdelning 32 på NÄL");
    private static readonly KnownUnit HomeCare = E2E.Drivers.Directory.UnitCatalogue.Find("hemsjukvården i Lerums kommun");

    public async Task<PhaseTimes> RunAsync()
    {
        var phases = new PhaseTimes();
        var patient = patients.LivingIn("Lerums kommun").Build();
        var fhir = new SamvyFhirClient(http);
        var patientId = await fhir.CreatePatientAsync(patient, Ward.HsaId);
        await fhir.AdmitAsync(patientId, Ward.HsaId, now.AddHours(-2));
        phases.Lap(Admission);

        var estimate = E2E.Core.Time.SwedishTime.DateOf(now).AddDays(5).ToString("yyyy-MM-dd");
        await using (var nurse = await browser.NewContextAsync())
        {
            var page = await nurse.NewPageAsync();
            await LogInAsync(page, samvy, Staff.At(Ward, StaffRoles.Nurse));
            phases.Lap(SignIn);
            await page.GotoAsync(new Uri(samvy, $"patienter/{patientId}").ToString());
            await page.GetByRole(AriaRole.Tab, new() { Name = "Samverkan" }).ClickAsync();
            var view = page.FrameLocator("iframe[title='Samverkansvy']").Locator(":root");
            await view.GetByRole(AriaRole.Combobox, new() { Name = "Mottagare" }).FillAsync(HomeCare.DisplayName);
            await view.GetByLabel("Beräknat utskrivningsdatum", new() { Exact = true }).FillAsync(estimate);
            await view.GetByRole(AriaRole.Button, new() { Name = "Skicka inskrivningsmeddelande", Exact = true }).ClickAsync();
            await Expect(view.GetByRole(AriaRole.Status).Filter(new() { HasText = "Inskrivningsmeddelandet har skickats" })).ToBeVisibleAsync();
            phases.Lap(Navigation);
        }

        await using var reader = await browser.NewContextAsync();
        var inbox = await reader.NewPageAsync();
        await LogInAsync(inbox, samsa, Staff.At(HomeCare));
        phases.Lap(SignIn);
        await inbox.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).ClickAsync();
        var filter = inbox.GetByRole(AriaRole.Search, new() { Name = "Filter" });
        await filter.GetByLabel("Meddelandetyp", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Inskrivningsmeddelande" });
        await filter.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();
        phases.Lap(Navigation);

        var table = inbox.GetByRole(AriaRole.Table, new() { Name = "Inkorg" });
        var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = patient.DisplayPersonnummer }).Filter(new() { HasText = "Inskrivningsmeddelande" });
        await WaitForRowAsync(inbox, row);
        phases.Lap(Delivery);

        var headers = (await table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        async Task Shows(string column, string text) =>
            await Expect(row.GetByRole(AriaRole.Cell).Nth(headers.IndexOf(column))).ToContainTextAsync(text);
        await Shows("Patient", patient.FirstName);
        await Shows("Patient", patient.LastName);
        await Shows("Personnummer", patient.DisplayPersonnummer);
        await Shows("Adress", patient.StreetAddress);
        await Shows("Beräknat utskrivningsdatum", estimate);
        phases.Lap(Check);
        return phases;
    }

    private static async Task LogInAsync(IPage page, Uri system, Actor actor)
    {
        await page.GotoAsync(new Uri(system, "logga-in").ToString());
        await page.GetByLabel("Identitet").SelectOptionAsync(new SelectOptionValue { Value = actor.Person.HsaId });
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" }).ClickAsync();
        await page.GetByLabel("Uppdrag").SelectOptionAsync(new SelectOptionValue { Label = $"{actor.Role}, {actor.Unit.DisplayName}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("logga-in"));
    }

    // Delivery is asynchronous: look for a second, then press Uppdatera, as the reader would.
    private async Task WaitForRowAsync(IPage page, ILocator row)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await row.First.WaitForAsync(new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (clock.Elapsed < deliveryTimeout)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Uppdatera" }).ClickAsync();
            }
        }
    }
}
