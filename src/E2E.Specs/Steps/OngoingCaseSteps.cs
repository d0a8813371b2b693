using E2E.Drivers.Actors;
using E2E.Drivers.Cases;
using E2E.Drivers.Directory;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>P09: the other system shows that a SAMSA case is going on for the patient, until it closes.</summary>
[Binding]
[StepSubject("Pågående ärende")]
public sealed class OngoingCaseSteps(OngoingCaseDriver cases, SystemAdapters systems, AdmissionContext admitted)
{
    [Given("att patienten tidigare har registrerats i {system} av {enhet}")]
    [StepHelp("Lägger in patienten i {system}s patientregister via systemets API, med {enhet} som registrerande enhet, som efter en " +
        "tidigare vårdkontakt. Inget meddelande skickas.")]
    public Task PatientIsRegistered(CareSystem system, KnownUnit unit) =>
        systems.For<IPatientRegistry>(system).RegisterAsync(admitted.Current.Patient, unit);

    [Then("ska sjuksköterskan på {enhet} se att ett SAMSA-ärende pågår för patienten på avdelningen")]
    [StepHelp("En sjuksköterska på {enhet} (en enhet i Samvy) öppnar patientens journal i Samvy och väntar tills patientbannern visar " +
        "”SAMSA-ärende pågår” med avdelningens namn och Samvys API listar samma markering som flagga. Fallerar om något av dem " +
        "saknas efter leveranstiden (P09).")]
    public Task NurseSeesOngoingCase(KnownUnit unit) =>
        cases.ShouldShowAsync(Staff.At(unit, StaffRoles.Nurse), admitted.Current.Patient, admitted.Current.Ward);

    [Then("ska sjuksköterskan på {enhet} se att inget SAMSA-ärende pågår för patienten")]
    [StepHelp("En sjuksköterska på {enhet} (en enhet i Samvy) öppnar patientens journal i Samvy och väntar tills patientbannern inte " +
        "visar någon ”SAMSA-ärende pågår” och Samvys API inte listar någon flagga för patienten. Fallerar om en markering " +
        "ligger kvar efter leveranstiden (P09).")]
    public Task NurseSeesNoOngoingCase(KnownUnit unit) =>
        cases.ShouldShowNoneAsync(Staff.At(unit, StaffRoles.Nurse), admitted.Current.Patient);
}
