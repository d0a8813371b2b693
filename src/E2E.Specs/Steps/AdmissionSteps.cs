using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using E2E.TestData;
using E2E.TestData.Identities;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
[StepSubject("Patient och inskrivning")]
public sealed class AdmissionSteps(AdmissionDriver admissions, PatientContext patients, AdmissionContext admitted)
{
    [StepHelp("En ny testpatient som {patient} beskriver (identitet ur Skatteverkets testlistor, svenskt namn, adress i {kommun}) skrivs in på " +
              "vårdavdelningen {enhet} genom API:t i det system avdelningen arbetar i, som sjukhusets eget system gör, en timme före nu på tenanternas klocka.")]
    [Given("att {patient} folkbokförd i {kommun} skrivs in på {enhet}")]
    public async Task ResidentIsAdmitted(PatientDescription who, Municipality municipality, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(who.ApplyTo(patients.Patients).LivingIn(municipality).Build(), ward));

    [StepHelp("Patienten med just {personnummer} skrivs in på vårdavdelningen {enhet} genom API:t i det system avdelningen arbetar i, en timme före nu " +
              "på tenanternas klocka. Numret måste finnas i Skatteverkets testlistor med rätt kontrollsiffra; ett annat scenario med samma nummer får vänta.")]
    [Given("att patienten med personnummer {personnummer} skrivs in på {enhet}")]
    public async Task NamedPatientIsAdmitted(Personnummer personnummer, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(patients.Patients.WithPersonnummer(personnummer.Digits).Build(), ward));

    [StepHelp("Samma patient skrivs in på vårdavdelningen {enhet}, kanske i det andra systemet: ett nytt vårdtillfälle, och i stegen därefter är " +
              "{enhet} \"avdelningen\". Det tidigare vårdtillfället avslutas inte av steget, och inget meddelande skickas.")]
    [When("patienten flyttas till {enhet}")]
    public async Task PatientMoves(KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(admitted.Current.Patient, ward));

    [StepHelp("En ny testpatient som {patient} beskriver (identitet ur Skatteverkets testlistor, svenskt namn, adress i en kommun som sviten väljer) " +
              "skrivs in på vårdavdelningen {enhet} genom API:t i det system avdelningen arbetar i, en timme före nu på tenanternas klocka.")]
    [Given("att {patient} skrivs in på {enhet}")]
    public async Task PatientIsAdmitted(PatientDescription who, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(who.ApplyTo(patients.Patients).Build(), ward));
}
