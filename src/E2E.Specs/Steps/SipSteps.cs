using E2E.Core.Time;
using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Drivers.Sip;
using E2E.Drivers.Systems;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>P06: calling a SIP, its invitations, how the other system shows it, and the second SIP that is stopped.</summary>
[Binding]
[StepSubject("SIP")]
public sealed class SipSteps(SipDriver sips, SystemAdapters systems, AdmissionContext admitted, MessageContext messages, SipContext called)
{
    [Given("att sjuksköterskan på avdelningen har kallat till SIP {datum} kl. {klockslag} med {enheter}")]
    [When("sjuksköterskan på avdelningen kallar till SIP {datum} kl. {klockslag} med {enheter}")]
    [StepHelp("En sjuksköterska på avdelningen kallar i avdelningens eget system till SIP för patienten, med mötestid {datum} kl. " +
        "{klockslag} och deltagarna {enheter}; varje deltagare får en kallelse som senare steg kan leta efter. Fallerar om " +
        "systemet vägrar, med beskedet personen fick.")]
    public Task WardCalls(DateOnly day, TimeOnly time, IReadOnlyList<KnownUnit> participants) => CallAsync(WardNurse(), day, time, participants);

    [Given("att {yrke} på {enhet} har kallat till SIP för patienten {datum} kl. {klockslag} med {enheter}")]
    [When("{yrke} på {enhet} kallar till SIP för patienten {datum} kl. {klockslag} med {enheter}")]
    [StepHelp("En person med yrket {yrke} på {enhet} kallar i enhetens eget system till SIP för patienten, med mötestid {datum} kl. " +
        "{klockslag} och deltagarna {enheter}; varje deltagare får en kallelse. Fallerar om systemet vägrar, med beskedet " +
        "personen fick.")]
    public Task UnitCalls(string role, KnownUnit unit, DateOnly day, TimeOnly time, IReadOnlyList<KnownUnit> participants) =>
        CallAsync(Staff.At(unit, role), day, time, participants);

    [When("sjuksköterskan på avdelningen försöker kalla till SIP {datum} kl. {klockslag} med {enheter}")]
    [StepHelp("En sjuksköterska på avdelningen försöker kalla till SIP i avdelningens eget system; en vägran fallerar inte steget, " +
        "beskedet sparas för ett senare Så-steg. Går kallelsen igenom får deltagarna {enheter} sina kallelser (P06).")]
    public Task WardTries(DateOnly day, TimeOnly time, IReadOnlyList<KnownUnit> participants) => TryAsync(WardNurse(), day, time, participants);

    [When("{yrke} på {enhet} försöker kalla till SIP för patienten {datum} kl. {klockslag} med {enheter}")]
    [StepHelp("En person med yrket {yrke} på {enhet} försöker kalla till SIP i enhetens eget system; en vägran fallerar inte steget, " +
        "beskedet sparas för ett senare Så-steg. Går kallelsen igenom får deltagarna {enheter} sina kallelser (P06).")]
    public Task UnitTries(string role, KnownUnit unit, DateOnly day, TimeOnly time, IReadOnlyList<KnownUnit> participants) =>
        TryAsync(Staff.At(unit, role), day, time, participants);

    [Then("ska {enhet} se SIP:en som {enhet} har kallat till i {system}")]
    [StepHelp("En person på den första enheten öppnar patienten i sitt eget system (SAMSA: ärendet, Samvy: journalens översikt) och " +
        "väntar tills SIP-listan visar SIP:en som den andra enheten senast kallade till: i {system}, med kallande enhet, " +
        "mötestid och status aktiv. Fallerar om den inte syns så efter leveranstiden.")]
    public Task UnitSeesSip(KnownUnit viewer, KnownUnit caller, CareSystem sipSystem)
    {
        var sip = called.CalledBy(caller.HsaId, caller.BusinessName);
        return sips.ShouldListAsync(Staff.At(viewer), admitted.Current, caller, sipSystem, sip.Call.Meeting);
    }

    // The refusal must name the SIP that exists: its system and the unit that called it (rule 4).
    [Then("ska {system} ha stoppat den andra SIP:en och hänvisat till SIP:en som {enhet} har kallat till i {system}")]
    [StepHelp("Läser beskedet från det senaste försöket att kalla till SIP, som ska ha gjorts i det först nämnda systemet. Fallerar " +
        "om SIP:en kallades, eller om beskedet inte säger ”Det finns redan en SIP för patienten”, systemet den skapades i och " +
        "namnet på {enhet} (P06).")]
    public void SecondSipStopped(CareSystem system, KnownUnit firstCaller, CareSystem firstSystem)
    {
        var attempt = called.RequireAttempt();
        var patient = admitted.Current.Patient.DisplayPersonnummer;
        if (attempt.System != system)
            throw new InvalidOperationException($"Försöket gjordes i {attempt.System.Display()}, inte i {system.Display()}: {attempt.Caller.Description} arbetar där.");
        if (attempt.Outcome.Succeeded)
            throw new BusinessAssertionException(
                $"{system.Display()} kallade en andra SIP för patient {patient} ({attempt.Caller.Description} fick beskedet \"{attempt.Outcome.Told}\"), " +
                $"men skulle ha stoppat den och hänvisat till SIP:en i {firstSystem.Display()} från {firstCaller.DisplayName}.");
        string[] mustSay = ["Det finns redan en SIP för patienten", $"skapad i {firstSystem.Display()}", firstCaller.DisplayName];
        attempt.Outcome.ShouldSay($"{system.Display()} stoppade den andra SIP:en för patient {patient}", mustSay);
    }

    private Actor WardNurse() => Staff.At(admitted.Current.Ward, StaffRoles.Nurse);

    // A call that must go through: a refusal here is a failed check, with what the person was told.
    private async Task CallAsync(Actor caller, DateOnly day, TimeOnly time, IReadOnlyList<KnownUnit> participants)
    {
        var attempt = await TryAsync(caller, day, time, participants);
        if (!attempt.Outcome.Succeeded)
            throw new BusinessAssertionException($"{attempt.System.Display()} kallade inte SIP:en ({caller.Description}): \"{attempt.Outcome.Told}\".");
    }

    private async Task<SipContext.SipAttempt> TryAsync(Actor caller, DateOnly day, TimeOnly time, IReadOnlyList<KnownUnit> participants)
    {
        var call = new SipCall(SwedishTime.At(day, time), participants);
        var outcome = await sips.TryCallAsync(caller, admitted.Current, call);
        var attempt = called.LastAttempt = new SipContext.SipAttempt(caller, await systems.SystemOfAsync(caller.Unit), outcome);
        if (outcome.Succeeded)
        {
            called.Add(new SipContext.CalledSip(caller, attempt.System, call));
            foreach (var invitation in await sips.InvitationsAsync(caller, admitted.Current, call)) messages.Add(invitation);
        }
        return attempt;
    }
}
