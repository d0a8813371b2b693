using E2E.Core.Time;
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
    [Then("ska {enhet} se {meddelande} i sin inkorg i {system}")]
    public async Task UnitSeesMessage(KnownUnit unit, MessageKind kind, CareSystem system)
    {
        var sent = messages.LastSent(kind, unit);
        messages.Seen = await messaging.ShouldArriveAsync(Staff.At(unit), system, sent);
    }

    // The same wait as a precondition, e.g. before someone else tries to read the inbox (P12).
    [Given("att {meddelande} har kommit fram till {enhet} i {system}")]
    public Task HasArrived(MessageKind kind, KnownUnit unit, CareSystem system) => UnitSeesMessage(unit, kind, system);

    // The system the sender worked in when it sent: the directory's answer that the sender's own login then confirmed.
    [Then("ska avdelningen ha skickat {meddelande} i {system}")]
    public void SentIn(MessageKind kind, CareSystem system)
    {
        var sent = messages.LastSent(kind);
        if (sent.SenderSystem != system)
            throw new E2E.Drivers.BusinessAssertionException(
                $"{sent.Admission.Ward.DisplayName} skickade {kind.Display.ToLowerInvariant()} i {sent.SenderSystem.Display()}, " +
                $"men skulle ha arbetat i {system.Display()}.");
    }

    [Then("meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum")]
    public async Task NoticeShowsPatientDetails()
    {
        var seen = messages.RequireSeen();
        var sent = messages.LastSent(seen.Kind, seen.Unit);
        await seen.ShouldShowAsync(admitted.Current.Patient, sent.Message.RequiredEstimate);
    }

    [Then("meddelandet ska ha kommit exakt en gång")]
    public async Task ArrivedOnce()
    {
        var seen = messages.RequireSeen();
        await messaging.ShouldHaveArrivedOnceAsync(seen, messages.LastSent(seen.Kind, seen.Unit));
    }

    [Then("meddelandet ska ha kommit samma dag som utskrivningen")]
    public async Task ArrivedOnTheDischargeDay()
    {
        var seen = messages.RequireSeen();
        var discharged = RequiredDischargeTime(messages.LastSent(seen.Kind, seen.Unit));
        await seen.ShouldShowInColumnAsync("Mottagen", SwedishTime.DateOf(discharged).ToString("yyyy-MM-dd"), admitted.Current.Patient);
    }

    [Then("meddelandet ska visa utskrivningstiden")]
    public async Task ShowsTheDischargeTime()
    {
        var seen = messages.RequireSeen();
        var discharged = RequiredDischargeTime(messages.LastSent(seen.Kind, seen.Unit));
        await seen.ShouldShowDetailAsync("Utskrivningstid", SwedishTime.ToSwedish(discharged).ToString("yyyy-MM-dd HH:mm"), admitted.Current.Patient);
    }

    [Then("meddelandet ska visa mötestiden")]
    public async Task ShowsTheMeetingTime()
    {
        var seen = messages.RequireSeen();
        var sent = messages.LastSent(seen.Kind, seen.Unit);
        var meeting = sent.Message.Meeting ?? throw new InvalidOperationException($"Meddelandet som sågs ({sent.Message.Kind}) har ingen mötestid.");
        await seen.ShouldShowDetailAsync("Mötestid", SwedishTime.ToSwedish(meeting).ToString("yyyy-MM-dd HH:mm"), admitted.Current.Patient);
    }

    [Then("meddelandet ska vara märkt att reservrutinen har burit det")]
    public Task MarkedAsCarriedByTheReserveRoutine() =>
        messages.RequireSeen().ShouldShowInColumnAsync("Typ", "(via reservrutinen)", admitted.Current.Patient);

    [Then("meddelandet ska ha kommit fram {datum}")]
    public Task ArrivedOn(DateOnly day) =>
        messages.RequireSeen().ShouldShowInColumnAsync("Mottagen", day.ToString("yyyy-MM-dd"), admitted.Current.Patient);

    private static DateTimeOffset RequiredDischargeTime(SentMessage sent) => sent.Message.DischargeTime
        ?? throw new InvalidOperationException($"Meddelandet som sågs ({sent.Message.Kind}) har ingen utskrivningstid.");
}
