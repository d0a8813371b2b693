using System.Diagnostics;
using E2E.Core.Settings;
using E2E.Core.Time;
using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Drivers.Systems;
using E2E.Organisation;

namespace E2E.Drivers.Sip;

/// <summary>
/// P06: a person calls a SIP in their own unit's system (rule 4); each participant is invited in its own system, and
/// the other system shows the SIP and refuses a second one. Directions are recorded where the SIP crosses, and the
/// invitations and what the other system listed in the scenario's <see cref="MessageTrail"/>.
/// </summary>
public sealed class SipDriver(
    SystemAdapters systems, ActorSessions sessions, DirectionLog directions, MessageTrail trail, PlaywrightSettings settings)
{
    /// <summary>Tries to call the SIP; the attempt says whether the system called it and what the caller was told.</summary>
    public async Task<Attempt> TryCallAsync(Actor caller, Admission admission, SipCall call)
    {
        var from = await systems.SystemOfAsync(caller.Unit);
        foreach (var participant in call.Participants) directions.Record(from, await systems.SystemOfAsync(participant));
        var page = await sessions.SignedInAsync(caller, from);
        return await systems.For<ISipCalling>(from).CallSipAsync(page, admission, caller.Unit, call);
    }

    /// <summary>The invitations a called SIP sends, one per participant, as messages the scenario can look for.</summary>
    public async Task<IReadOnlyList<SentMessage>> InvitationsAsync(Actor caller, Admission admission, SipCall call)
    {
        var from = await systems.SystemOfAsync(caller.Unit);
        var sent = new List<SentMessage>();
        foreach (var participant in call.Participants)
            sent.Add(new SentMessage(new OutgoingMessage(MessageKind.SipInvitation, participant, Meeting: call.Meeting),
                admission, caller, from, await systems.SystemOfAsync(participant)));
        foreach (var invitation in sent) trail.Sent(invitation);
        return sent;
    }

    /// <summary>
    /// The viewer's system lists the SIP the caller called, with its system, calling unit, meeting time and status
    /// "aktiv"; waited for, as it may cross through the integration.
    /// </summary>
    public async Task ShouldListAsync(Actor viewer, Admission admission, KnownUnit callingUnit, CareSystem sipSystem, DateTimeOffset meeting)
    {
        var system = await systems.SystemOfAsync(viewer.Unit);
        directions.Record(sipSystem, system);
        var page = await sessions.SignedInAsync(viewer, system);
        var meetingShown = SwedishTime.ToSwedish(meeting).ToString("yyyy-MM-dd HH:mm");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var listed = await systems.For<ISipView>(system).SipsAsync(page, admission, viewer.Unit);
            if (listed.Any(s => s.System == sipSystem.Display() && s.CallingUnit == callingUnit.DisplayName
                                && s.Meeting == meetingShown && s.Status == "aktiv"))
            {
                trail.Shown(admission.Patient, $"{system.Display()} listar SIP:en i {sipSystem.Display()} kallad av " +
                                               $"{callingUnit.DisplayName} till {meetingShown} för patient {admission.Patient.ShownIdentity}.");
                return;
            }
            if (clock.Elapsed > settings.Timeouts.MessageDelivery)
                throw Recorded(admission, new BusinessAssertionException(
                    $"{system.Display()} skulle för patient {admission.Patient.ShownIdentity} ({viewer.Description}) lista SIP:en i " +
                    $"{sipSystem.Display()} kallad av {callingUnit.DisplayName} till {meetingShown}, aktiv, inom " +
                    $"{settings.Timeouts.MessageDelivery.TotalSeconds:0} s, men listar " +
                    (listed.Count == 0 ? "ingen SIP." : string.Join("; ", listed) + ".")));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private BusinessAssertionException Recorded(Admission admission, BusinessAssertionException failure)
    {
        trail.NotAsExpected(admission.Patient, failure);
        return failure;
    }
}
