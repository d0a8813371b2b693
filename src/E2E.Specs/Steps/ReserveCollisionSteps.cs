using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Identity;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Specs.Contexts;
using E2E.TestData;
using E2E.TestData.Reserve;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>
/// P07: "den andra patienten", admitted under the same reserve value from another issuer, must stay apart from the
/// identified patient in the ward's system and in the system its messages went to.
/// </summary>
[Binding]
public sealed class ReserveCollisionSteps(
    AdmissionDriver admissions, IdentificationDriver identification, MessagingDriver messaging, PatientContext patients,
    AdmissionContext admitted, ReserveContext reserve)
{
    // A collision staged on purpose: the same characters under another issuer's OID are another person.
    [Given("att en annan patient skrivs in på {enhet} under samma reservnummer från {utfärdare}")]
    public async Task OtherAdmittedUnderSameValue(KnownUnit ward, IReserveNumberFormat issuer)
    {
        var first = admitted.Current.Patient.ReserveNumber
                    ?? throw new InvalidOperationException("Patienten skrevs inte in under ett reservnummer.");
        var other = patients.Patients.WithReserveNumber(ReserveCollisions.SameValueUnder(first, issuer)).Build();
        reserve.Other = await admissions.AdmitPatientAsync(other, ward);
    }

    [Given("att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande för den andra patienten till {enhet} med beräknad utskrivning {datum}")]
    public async Task NoticeForOther(KnownUnit recipient, DateOnly estimatedDischarge)
    {
        var other = reserve.RequireOther();
        reserve.OtherNotice = await messaging.SendAsync(Staff.At(other.Ward, StaffRoles.Nurse), other,
            new OutgoingMessage(MessageKind.AdmissionNotice, recipient, estimatedDischarge));
    }

    [Then("ska avdelningen fortfarande se den andra patienten under sitt reservnummer från {utfärdare}")]
    public Task WardStillSeesOther(IReserveNumberFormat issuer)
    {
        var other = RequireOtherFrom(issuer);
        return identification.ShouldShowAsync(Staff.At(other.Ward), other.Patient, "den andra patienten (en annan utfärdare) under sitt reservnummer");
    }

    // The row is recognised by the other patient's reserve number with its issuer; then every field is checked, and the
    // row must stay for the duplicate window: a link reaching the system late would re-file it under the personnummer.
    [Then("ska {enhet} se inskrivningsmeddelandet för den andra patienten under sitt reservnummer i sin inkorg i {system}")]
    [Then("ska {enhet} se inskrivningsmeddelandet för den andra patienten fortfarande under sitt reservnummer i sin inkorg i {system}")]
    public async Task RecipientStillSeesOthersNotice(KnownUnit unit, CareSystem system)
    {
        var sent = reserve.OtherNotice ?? throw new InvalidOperationException("Scenariot har inte skickat något inskrivningsmeddelande för den andra patienten.");
        var estimate = sent.Message.RequiredEstimate;
        var seen = await messaging.ShouldArriveAsync(Staff.At(unit), system, sent);
        await seen.ShouldShowAsync(sent.Admission.Patient, estimate);
        await messaging.ShouldHaveArrivedOnceAsync(seen, sent);
    }

    private Admission RequireOtherFrom(IReserveNumberFormat issuer)
    {
        var other = reserve.RequireOther();
        return other.Patient.ReserveNumber?.Oid == issuer.Oid ? other
            : throw new InvalidOperationException($"Den andra patienten skrevs inte in under ett reservnummer från {issuer.Issuer}.");
    }
}
