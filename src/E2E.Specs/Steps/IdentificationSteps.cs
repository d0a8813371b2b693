using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Identity;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using E2E.TestData;
using E2E.TestData.Reserve;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// P07 Reservnummer: admitting under a reserve number (the hospital's systems do it: API), identifying the patient in
/// the ward's own pages (a person does it: UI), and what a person at the ward then sees.
/// </summary>
[Binding]
[StepSubject("Identitet och reservnummer")]
public sealed class IdentificationSteps(
    AdmissionDriver admissions, IdentificationDriver identification, PatientContext patients, AdmissionContext admitted,
    MessageContext messages)
{
    [Given("att {patient} folkbokförd i {kommun} skrivs in under ett reservnummer från {utfärdare} på {enhet}")]
    [StepHelp("Skriver in en ny testpatient, folkbokförd i {kommun}, på vårdavdelningen {enhet} under ett reservnummer i {utfärdare}s " +
        "format. Inskrivningen görs i avdelningens eget system via dess API, så som sjukhusets egna system gör (P07).")]
    public async Task ResidentAdmittedUnderReserve(PatientDescription who, Municipality municipality, IReserveNumberFormat issuer, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(
            who.ApplyTo(patients.Patients).LivingIn(municipality).WithReserveNumber(issuer).Build(), ward));

    [Given("att {patient} skrivs in under ett reservnummer från {utfärdare} på {enhet}")]
    [StepHelp("Skriver in en ny testpatient på vårdavdelningen {enhet} under ett reservnummer i {utfärdare}s format; hemkommunen " +
        "väljer sviten. Inskrivningen görs i avdelningens eget system via dess API, så som sjukhusets egna system gör (P07).")]
    public async Task AdmittedUnderReserve(PatientDescription who, IReserveNumberFormat issuer, KnownUnit ward) =>
        admitted.Add(await admissions.AdmitPatientAsync(who.ApplyTo(patients.Patients).WithReserveNumber(issuer).Build(), ward));

    [When("sjuksköterskan på avdelningen identifierar patienten och kopplar ihop reservnumret med personnumret")]
    [StepHelp("En sjuksköterska på avdelningen loggar in i avdelningens eget system, öppnar patienten (SAMSA: ärendet, Samvy: " +
        "journalen) och kopplar reservnumret till patientens personnummer; sammankopplingen ska sedan gå via integrationen till " +
        "det andra systemet. Senare steg letar efter det som redan skickats om vistelsen under den identifierade patienten (P07).")]
    public async Task NurseIdentifiesPatient()
    {
        var before = admitted.Current;
        var after = await identification.IdentifyAsync(Staff.At(before.Ward, StaffRoles.Nurse), before);
        admitted.Add(after);
        messages.Follow(before, after);
    }

    [Then("ska avdelningen se patienten under reservnumret från {utfärdare}")]
    [StepHelp("Personal på avdelningen öppnar patienten i avdelningens eget system (SAMSA: patientlistan, Samvy: journalens " +
        "patientbanner). Fallerar om patienten inte visas med sitt namn och exakt reservnumret från {utfärdare} (P07).")]
    public Task WardSeesReserveNumber(IReserveNumberFormat issuer)
    {
        var patient = admitted.Current.Patient;
        if (patient.ReserveNumber?.Oid != issuer.Oid)
            throw new InvalidOperationException($"Patienten skrevs inte in under ett reservnummer från {issuer.Issuer}.");
        return identification.ShouldShowAsync(Staff.At(admitted.Current.Ward), patient, "patienten under reservnumret");
    }

    [Then("ska avdelningen se patienten under personnumret")]
    [StepHelp("Personal på avdelningen öppnar den identifierade patienten i avdelningens eget system (SAMSA: patientlistan, Samvy: " +
        "journalens patientbanner). Fallerar om patienten inte visas med sitt namn och sitt personnummer, till exempel " +
        "fortfarande under reservnumret, eller om scenariot inte har identifierat patienten (P07).")]
    public Task WardSeesPersonnummer()
    {
        var patient = admitted.Current.Patient;
        if (patient.ReserveNumber is not null)
            throw new InvalidOperationException("Patienten har inte identifierats i scenariot.");
        return identification.ShouldShowAsync(Staff.At(admitted.Current.Ward), patient, "den identifierade patienten");
    }
}
