using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class InboxSteps(InboxDriver inboxes, ScenarioState state)
{
    [Then("ska {enhet} se inskrivningsmeddelandet i sin inkorg i {system}")]
    public Task UnitSeesNotice(KnownUnit unit, CareSystem system) =>
        inboxes.ShouldShowAdmissionNoticeAsync(
            unit, system, state.CurrentAdmission.Patient, state.CurrentNotice.EstimatedDischarge);

    [Then("meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum")]
    public Task NoticeShowsPatientDetails() =>
        (inboxes.LastFound ?? throw new InvalidOperationException("Inget meddelande har hittats i någon inkorg ännu."))
        .ShouldShowAsync(state.CurrentAdmission.Patient, state.CurrentNotice.EstimatedDischarge);
}
