using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>What each system offers as recipients, in its picker and its unit search (P02, P03).</summary>
[Binding]
[StepSubject("Mottagarval")]
public sealed class RecipientPickerSteps(RecipientPickerDriver pickers, AdmissionContext admitted, PickerContext opened)
{
    [When("sjuksköterskan på avdelningen öppnar mottagarvalet för {meddelande}")]
    [StepHelp("En sjuksköterska på avdelningen loggar in i avdelningens eget system, öppnar formuläret för {meddelande} om den " +
        "inskrivna patienten och läser vilka mottagare och inkorgar mottagarvalet erbjuder, utan att skicka något.")]
    public async Task NurseOpensPicker(MessageKind kind)
    {
        var admission = admitted.Current;
        var nurse = Staff.At(admission.Ward, StaffRoles.Nurse);
        opened.Opened = new PickerContext.OpenedPicker(nurse, await pickers.OpenAsync(nurse, admission, kind));
    }

    [Then("ska mottagarvalet erbjuda {enhet} med {inkorg}")]
    [StepHelp("Letar efter {enhet} i det öppnade mottagarvalet. Fallerar om enheten saknas, erbjuds mer än en gång eller med en annan " +
        "inkorg än {inkorg}.")]
    public void Offers(KnownUnit unit, string inbox) => pickers.ShouldOffer(opened.Require().Picker, unit, inbox);

    [Then("ska mottagarvalet erbjuda:")]
    [StepHelp("Letar efter varje rad i tabellen (kolumnerna mottagare och inkorg) i det öppnade mottagarvalet. Fallerar om en " +
        "mottagare saknas, erbjuds mer än en gång eller med en annan inkorg än raden anger; mottagare utanför tabellen " +
        "kontrolleras inte.")]
    public void OffersAll(Table table)
    {
        foreach (var row in table.Rows)
            pickers.ShouldOffer(opened.Require().Picker, E2E.Drivers.Directory.UnitCatalogue.Find(row["mottagare"]), row["inkorg"]);
    }

    [Then("ska mottagarvalet inte erbjuda {enhet} med {inkorg}")]
    [StepHelp("Letar efter {enhet} i det öppnade mottagarvalet. Fallerar om enheten erbjuds med {inkorg}; med en annan inkorg får den " +
        "finnas.")]
    public void DoesNotOffer(KnownUnit unit, string inbox) => pickers.ShouldNotOfferInbox(opened.Require().Picker, unit, inbox);

    [Then("ska mottagarvalet erbjuda varje enhet i katalogen en gång, med den inkorg katalogen anger")]
    [StepHelp("Jämför hela det öppnade mottagarvalet med enhetskatalogen idag: varje enhet en gång, med inkorgen i det system " +
        "katalogen anger; i Samvy visas en enhet som väntar på sitt driftsättningsdatum med SAMSA-inkorgen eller inte alls, som " +
        "regelverket säger. Fallerar med det som saknas, inte ska erbjudas eller erbjuds flera gånger.")]
    public Task MatchesDirectory() => pickers.ShouldMatchDirectoryAsync(opened.Require().Picker);

    // The search is made by the person who opened the picker, in their own system.
    [Then("ska en sökning efter {enhet} i {system}s API ge {inkorg}")]
    [StepHelp("Söker på namnet {enhet} i {system}s enhetssökning via API (Samvy: FHIR Organization), för enheten som öppnade " +
        "mottagarvalet; bara Samvy har en sådan sökning. Fallerar om träffarna för enheten inte är exakt {inkorg}.")]
    public Task SearchGives(KnownUnit unit, CareSystem system, string inbox) =>
        pickers.SearchShouldGiveAsync(system, unit, opened.Require().Person.Unit, inbox);

    [Then("ska en sökning efter {enhet} i {system}s API inte ge någon träff")]
    [StepHelp("Söker på namnet {enhet} i {system}s enhetssökning via API (Samvy: FHIR Organization), för enheten som öppnade " +
        "mottagarvalet; bara Samvy har en sådan sökning. Fallerar om sökningen ger enheten med någon inkorg.")]
    public Task SearchGivesNothing(KnownUnit unit, CareSystem system) =>
        pickers.SearchShouldGiveAsync(system, unit, opened.Require().Person.Unit);
}
