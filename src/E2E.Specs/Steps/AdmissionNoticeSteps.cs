using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Specs.Support;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class AdmissionNoticeSteps(AdmissionNoticeDriver notices, ScenarioState state)
{
    // Without a named recipient the notice goes to the home care of the municipality the patient lives in.
    [When("sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning {datum}")]
    public Task SendToPatientsMunicipality(DateOnly estimatedDischarge) =>
        Send(UnitCatalogue.HomeCareIn(state.CurrentAdmission.Patient.Municipality), estimatedDischarge);

    [When("sjuksköterskan på avdelningen skickar inskrivningsmeddelande till {enhet} med beräknad utskrivning {datum}")]
    public async Task Send(KnownUnit recipient, DateOnly estimatedDischarge)
    {
        state.Recipient = recipient;
        state.SentNotice = await notices.SendAsNurseAsync(state.CurrentAdmission, recipient, estimatedDischarge);
    }
}
