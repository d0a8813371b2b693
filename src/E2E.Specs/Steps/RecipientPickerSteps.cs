using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>What each system offers as recipients, in its picker and its unit search (P02, P03).</summary>
[Binding]
public sealed class RecipientPickerSteps(RecipientPickerDriver pickers, AdmissionContext admitted, PickerContext opened)
{
    [When("sjuksköterskan på avdelningen öppnar mottagarvalet för {meddelande}")]
    public async Task NurseOpensPicker(MessageKind kind)
    {
        var admission = admitted.Current;
        var nurse = Staff.At(admission.Ward, StaffRoles.Nurse);
        opened.Opened = new PickerContext.OpenedPicker(nurse, await pickers.OpenAsync(nurse, admission, kind));
    }

    [Then("ska mottagarvalet erbjuda {enhet} med {inkorg}")]
    public void Offers(KnownUnit unit, string inbox) => pickers.ShouldOffer(opened.Require().Picker, unit, inbox);

    [Then("ska mottagarvalet erbjuda:")]
    public void OffersAll(Table table)
    {
        foreach (var row in table.Rows)
            pickers.ShouldOffer(opened.Require().Picker, E2E.Drivers.Directory.UnitCatalogue.Find(row["mottagare"]), row["inkorg"]);
    }

    [Then("ska mottagarvalet inte erbjuda {enhet} med {inkorg}")]
    public void DoesNotOffer(KnownUnit unit, string inbox) => pickers.ShouldNotOfferInbox(opened.Require().Picker, unit, inbox);

    [Then("ska mottagarvalet erbjuda varje enhet i katalogen en gång, med den inkorg katalogen anger")]
    public Task MatchesDirectory() => pickers.ShouldMatchDirectoryAsync(opened.Require().Picker);

    // The search is made by the person who opened the picker, in their own system.
    [Then("ska en sökning efter {enhet} i {system}s API ge {inkorg}")]
    public Task SearchGives(KnownUnit unit, CareSystem system, string inbox) =>
        pickers.SearchShouldGiveAsync(system, unit, opened.Require().Person.Unit, inbox);

    [Then("ska en sökning efter {enhet} i {system}s API inte ge någon träff")]
    public Task SearchGivesNothing(KnownUnit unit, CareSystem system) =>
        pickers.SearchShouldGiveAsync(system, unit, opened.Require().Person.Unit);
}
