using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
public sealed class InboxSteps(MessagingDriver messaging, AdmissionContext admitted, MessageContext messages)
{
    // Whoever reads the unit's inbox: its own profession (a nurse in home care, a needs assessor among the assessors).
    [Then("ska {enhet} se inskrivningsmeddelandet i sin inkorg i {system}")]
    public async Task UnitSeesNotice(KnownUnit unit, CareSystem system)
    {
        var sent = messages.LastSent(MessageKind.AdmissionNotice, unit);
        messages.Seen = await messaging.ShouldArriveAsync(Staff.At(unit), system, sent,
            mustShow: sent.Message.RequiredEstimate.ToString("yyyy-MM-dd"));
    }

    [Then("meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum")]
    public async Task NoticeShowsPatientDetails()
    {
        var seen = messages.RequireSeen();
        var sent = messages.LastSent(seen.Kind, seen.Unit);
        await seen.ShouldShowAsync(admitted.Current.Patient, sent.Message.RequiredEstimate);
    }
}
