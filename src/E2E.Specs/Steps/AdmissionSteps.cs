using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Specs.Support;
using E2E.TestData;
using E2E.TestData.Identities;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class AdmissionSteps(AdmissionDriver admissions, ScenarioState state)
{
    [Given("att {patient} folkbokförd i {kommun} skrivs in på {enhet}")]
    public async Task ResidentIsAdmitted(PatientDescription who, Municipality municipality, KnownUnit ward) =>
        state.Admission = await admissions.AdmitPatientAsync(who.ApplyTo(state.Patients).LivingIn(municipality).Build(), ward);

    [Given("att patienten med personnummer {personnummer} skrivs in på {enhet}")]
    public async Task NamedPatientIsAdmitted(Personnummer personnummer, KnownUnit ward) =>
        state.Admission = await admissions.AdmitPatientAsync(state.Patients.WithPersonnummer(personnummer.Digits).Build(), ward);

    [Given("att {patient} skrivs in på {enhet}")]
    public async Task PatientIsAdmitted(PatientDescription who, KnownUnit ward) =>
        state.Admission = await admissions.AdmitPatientAsync(who.ApplyTo(state.Patients).Build(), ward);
}
