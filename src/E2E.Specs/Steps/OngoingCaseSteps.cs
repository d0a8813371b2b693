using E2E.Drivers.Actors;
using E2E.Drivers.Cases;
using E2E.Drivers.Directory;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>P09: the other system shows that a SAMSA case is going on for the patient, until it closes.</summary>
[Binding]
public sealed class OngoingCaseSteps(OngoingCaseDriver cases, SystemAdapters systems, AdmissionContext admitted)
{
    [Given("att patienten tidigare har registrerats i {system} av {enhet}")]
    public Task PatientIsRegistered(CareSystem system, KnownUnit unit) =>
        systems.For<IPatientRegistry>(system).RegisterAsync(admitted.Current.Patient, unit);

    [Then("ska sjuksköterskan på {enhet} se att ett SAMSA-ärende pågår för patienten på avdelningen")]
    public Task NurseSeesOngoingCase(KnownUnit unit) =>
        cases.ShouldShowAsync(Staff.At(unit, StaffRoles.Nurse), admitted.Current.Patient, admitted.Current.Ward);

    [Then("ska sjuksköterskan på {enhet} se att inget SAMSA-ärende pågår för patienten")]
    public Task NurseSeesNoOngoingCase(KnownUnit unit) =>
        cases.ShouldShowNoneAsync(Staff.At(unit, StaffRoles.Nurse), admitted.Current.Patient);
}
