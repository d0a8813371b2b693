using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Identity;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Runner.Catalog;
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
[StepSubject("Identitet och reservnummer")]
public sealed class ReserveCollisionSteps(
    AdmissionDriver admissions, IdentificationDriver identification, MessagingDriver messaging, PatientContext patients,
    AdmissionContext admitted, ReserveContext reserve)
{
    // A collision staged on purpose: the same characters under another issuer's OID are another person.
    [Given("att en annan patient skrivs in på {enhet} under samma reservnummer från {utfärdare}")]
    [StepHelp("Skriver in en andra testpatient på vårdavdelningen {enhet}, via avdelningens systems API, under exakt samma tecken som " +
        "patientens reservnummer men utfärdat av {utfärdare}: samma värde, annan OID, alltså en annan person. Utfärdaren måste " +
        "vara en annan än patientens (P07).")]
    public async Task OtherAdmittedUnderSameValue(KnownUnit ward, IReserveNumberFormat issuer)
    {
        var first = admitted.Current.Patient.ReserveNumber
                    ?? throw new InvalidOperationException("Patienten skrevs inte in under ett reservnummer.");
        var other = patients.Patients.WithReserveNumber(ReserveCollisions.SameValueUnder(first, issuer)).Build();
        reserve.Other = await admissions.AdmitPatientAsync(other, ward);
    }

    [Given("att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande för den andra patienten till {enhet} med beräknad utskrivning {datum}")]
    [StepHelp("En sjuksköterska på den andra patientens avdelning skickar i avdelningens eget system ett inskrivningsmeddelande om " +
        "den andra patienten till {enhet}, med beräknat utskrivningsdatum {datum} (P07).")]
    public async Task NoticeForOther(KnownUnit recipient, DateOnly estimatedDischarge)
    {
        var other = reserve.RequireOther();
        reserve.OtherNotice = await messaging.SendAsync(Staff.At(other.Ward, StaffRoles.Nurse), other,
            new OutgoingMessage(MessageKind.AdmissionNotice, recipient, estimatedDischarge));
    }

    [Then("ska avdelningen fortfarande se den andra patienten under sitt reservnummer från {utfärdare}")]
    [StepHelp("Personal på den andra patientens avdelning öppnar den i avdelningens eget system. Fallerar om den inte visas med sitt " +
        "namn och sitt reservnummer från {utfärdare}, till exempel för att den har kopplats ihop med den identifierade " +
        "patienten (P07).")]
    public Task WardStillSeesOther(IReserveNumberFormat issuer)
    {
        var other = RequireOtherFrom(issuer);
        return identification.ShouldShowAsync(Staff.At(other.Ward), other.Patient, "den andra patienten (en annan utfärdare) under sitt reservnummer");
    }

    // The row is recognised by the other patient's reserve number with its issuer; then every field is checked, and the
    // row must stay for the duplicate window: a link reaching the system late would re-file it under the personnummer.
    [Then("ska {enhet} se inskrivningsmeddelandet för den andra patienten under sitt reservnummer i sin inkorg i {system}")]
    [Then("ska {enhet} se inskrivningsmeddelandet för den andra patienten fortfarande under sitt reservnummer i sin inkorg i {system}")]
    [StepHelp("En person på {enhet} letar i enhetens inkorg i {system} efter inskrivningsmeddelandet om den andra patienten, " +
        "kontrollerar namn, reservnummer, adress och beräknat utskrivningsdatum och bevakar raden under dubblettfönstret. " +
        "Fallerar om det saknas efter leveranstiden, visar fel uppgift, visas två gånger eller försvinner, till exempel " +
        "omregistrerat under personnumret (P07).")]
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
