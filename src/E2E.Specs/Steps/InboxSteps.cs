using E2E.Core.Time;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
[StepSubject("Meddelanden")]
public sealed class InboxSteps(MessagingDriver messaging, AdmissionContext admitted, MessageContext messages)
{
    // Whoever reads the unit's inbox: its own profession (a nurse in home care, a needs assessor among the assessors).
    [Then("ska {enhet} se {meddelande} i sin inkorg i {system}")]
    [StepHelp("En person på {enhet} loggar in i {system} och letar i enhetens inkorg efter det senaste {meddelande} som scenariot " +
        "skickade dit, igenkänt på typ och patient (och på beräknat utskrivningsdatum när meddelandet har ett); inkorgen " +
        "uppdateras tills det syns. Fallerar om det saknas efter leveranstiden.")]
    public async Task UnitSeesMessage(KnownUnit unit, MessageKind kind, CareSystem system)
    {
        var sent = messages.LastSent(kind, unit);
        messages.Seen = await messaging.ShouldArriveAsync(Staff.At(unit), system, sent);
    }

    // The same wait as a precondition, e.g. before someone else tries to read the inbox (P12).
    [Given("att {meddelande} har kommit fram till {enhet} i {system}")]
    [StepHelp("Väntar som förutsättning på att {meddelande} om patienten syns i inkorgen för {enhet} i {system}, sett av en person på " +
        "enheten; inkorgen uppdateras tills det syns. Fallerar om det saknas efter leveranstiden.")]
    public Task HasArrived(MessageKind kind, KnownUnit unit, CareSystem system) => UnitSeesMessage(unit, kind, system);

    // The system the sender worked in when it sent: the directory's answer that the sender's own login then confirmed.
    [Then("ska avdelningen ha skickat {meddelande} i {system}")]
    [StepHelp("Jämför {system} med systemet där avdelningen skickade det senaste {meddelande}: det system enhetskatalogen angav för " +
        "avdelningen, där avsändaren sedan loggade in och skickade. Fallerar om avdelningen arbetade i det andra systemet " +
        "(P01).")]
    public void SentIn(MessageKind kind, CareSystem system)
    {
        var sent = messages.LastSent(kind);
        if (sent.SenderSystem != system)
            throw new E2E.Drivers.BusinessAssertionException(
                $"{sent.Admission.Ward.DisplayName} skickade {kind.Display.ToLowerInvariant()} i {sent.SenderSystem.Display()}, " +
                $"men skulle ha arbetat i {system.Display()}.");
    }

    [Then("meddelandet ska visa patientens namn, personnummer, adress och beräknat utskrivningsdatum")]
    [StepHelp("Läser inkorgsraden för meddelandet som senast sågs i en inkorg. Fallerar om raden inte visar patientens för- och " +
        "efternamn, personnummer (reservnummer för en oidentifierad patient), gatuadress, ort och det beräknade " +
        "utskrivningsdatum som skickades.")]
    public async Task NoticeShowsPatientDetails()
    {
        var seen = messages.RequireSeen();
        var sent = messages.LastSent(seen.Kind, seen.Unit);
        await seen.ShouldShowAsync(admitted.Current.Patient, sent.Message.RequiredEstimate);
    }

    [Then("meddelandet ska ha kommit exakt en gång")]
    [StepHelp("Bevakar inkorgen där meddelandet senast sågs under dubblettfönstret (vid ankomst, halvvägs och i slutet). Fallerar om " +
        "samma meddelande om patienten visas mer än en gång eller försvinner ur inkorgen.")]
    public async Task ArrivedOnce()
    {
        var seen = messages.RequireSeen();
        await messaging.ShouldHaveArrivedOnceAsync(seen, messages.LastSent(seen.Kind, seen.Unit));
    }

    [Then("meddelandet ska ha kommit samma dag som utskrivningen")]
    [StepHelp("Läser kolumnen Mottagen på inkorgsraden för meddelandet som senast sågs. Fallerar om den inte visar utskrivningsdagen, " +
        "det vill säga datumet i svensk tid för den utskrivningstid som skickades (P14).")]
    public async Task ArrivedOnTheDischargeDay()
    {
        var seen = messages.RequireSeen();
        var discharged = RequiredDischargeTime(messages.LastSent(seen.Kind, seen.Unit));
        await seen.ShouldShowInColumnAsync("Mottagen", SwedishTime.DateOf(discharged).ToString("yyyy-MM-dd"), admitted.Current.Patient);
    }

    [Then("meddelandet ska visa utskrivningstiden")]
    [StepHelp("Öppnar meddelandet som senast sågs från dess rad i inkorgen och läser Utskrivningstid. Fallerar om den inte är exakt " +
        "den utskrivningstid som skickades, datum och klockslag i svensk tid (P14).")]
    public async Task ShowsTheDischargeTime()
    {
        var seen = messages.RequireSeen();
        var discharged = RequiredDischargeTime(messages.LastSent(seen.Kind, seen.Unit));
        await seen.ShouldShowDetailAsync("Utskrivningstid", SwedishTime.ToSwedish(discharged).ToString("yyyy-MM-dd HH:mm"), admitted.Current.Patient);
    }

    [Then("meddelandet ska visa mötestiden")]
    [StepHelp("Öppnar meddelandet som senast sågs från dess rad i inkorgen och läser Mötestid. Fallerar om den inte är exakt " +
        "mötestiden i SIP-kallelsen, datum och klockslag i svensk tid.")]
    public async Task ShowsTheMeetingTime()
    {
        var seen = messages.RequireSeen();
        var sent = messages.LastSent(seen.Kind, seen.Unit);
        var meeting = sent.Message.Meeting ?? throw new InvalidOperationException($"Meddelandet som sågs ({sent.Message.Kind}) har ingen mötestid.");
        await seen.ShouldShowDetailAsync("Mötestid", SwedishTime.ToSwedish(meeting).ToString("yyyy-MM-dd HH:mm"), admitted.Current.Patient);
    }

    [Then("meddelandet ska vara märkt att reservrutinen har burit det")]
    [StepHelp("Läser kolumnen Typ på inkorgsraden för meddelandet som senast sågs. Fallerar om den inte anger ”(via reservrutinen)”, " +
        "alltså att meddelandet inte kom fram via reservrutinen under driftsstörningen (P11).")]
    public Task MarkedAsCarriedByTheReserveRoutine() =>
        messages.RequireSeen().ShouldShowInColumnAsync("Typ", "(via reservrutinen)", admitted.Current.Patient);

    [Then("meddelandet ska ha kommit fram {datum}")]
    [StepHelp("Läser kolumnen Mottagen på inkorgsraden för meddelandet som senast sågs. Fallerar om den inte visar {datum}.")]
    public Task ArrivedOn(DateOnly day) =>
        messages.RequireSeen().ShouldShowInColumnAsync("Mottagen", day.ToString("yyyy-MM-dd"), admitted.Current.Patient);

    private static DateTimeOffset RequiredDischargeTime(SentMessage sent) => sent.Message.DischargeTime
        ?? throw new InvalidOperationException($"Meddelandet som sågs ({sent.Message.Kind}) har ingen utskrivningstid.");
}
