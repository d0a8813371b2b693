using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Specs.Support;
using E2E.TestData;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class AdmissionSteps(AdmissionDriver admissions, ScenarioState state)
{
    [Given("att en patient folkbokförd i {kommun} skrivs in på {enhet}")]
    public async Task ResidentIsAdmitted(Municipality municipality, KnownUnit ward) =>
        state.Admission = await admissions.AdmitPatientAsync(state.Patients.LivingIn(municipality).Build(), ward);

    [Given("att en patient skrivs in på {enhet}")]
    public async Task PatientIsAdmitted(KnownUnit ward) =>
        state.Admission = await admissions.AdmitPatientAsync(state.Patients.Build(), ward);
}
