using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Specs.Contexts;
using E2E.TestData;
using E2E.TestData.Identities;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class AdmissionSteps(AdmissionDriver admissions, PatientContext patients, AdmissionContext admitted)
{
    [Given("att {patient} folkbokförd i {kommun} skrivs in på {enhet}")]
    public async Task ResidentIsAdmitted(PatientDescription who, Municipality municipality, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(who.ApplyTo(patients.Patients).LivingIn(municipality).Build(), ward));

    [Given("att patienten med personnummer {personnummer} skrivs in på {enhet}")]
    public async Task NamedPatientIsAdmitted(Personnummer personnummer, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(patients.Patients.WithPersonnummer(personnummer.Digits).Build(), ward));

    // A move to another ward (maybe in the other system) is a new stay for the same patient; "avdelningen" is now the new one.
    [When("patienten flyttas till {enhet}")]
    public async Task PatientMoves(KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(admitted.Current.Patient, ward));

    [Given("att {patient} skrivs in på {enhet}")]
    public async Task PatientIsAdmitted(PatientDescription who, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(who.ApplyTo(patients.Patients).Build(), ward));
}
