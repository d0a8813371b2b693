using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>The ward's nurse reports the patient ready for discharge, and discharges them, to the concerned units.</summary>
[Binding]
public sealed class DischargeSteps(MessagingDriver messaging, TenantClock clock, AdmissionContext admitted, MessageContext messages)
{
    [Given("att sjuksköterskan på avdelningen har skickat utskrivningsklar")]
    [When("sjuksköterskan på avdelningen skickar utskrivningsklar")]
    public Task SendDischargeReady() => SendToConcernedAsync(r => new OutgoingMessage(MessageKind.DischargeReady, r));

    [When("sjuksköterskan på avdelningen återtar utskrivningsklar")]
    public Task WithdrawDischargeReady() => SendToConcernedAsync(r => new OutgoingMessage(MessageKind.ReadinessWithdrawn, r));

    // The discharge happens now, on the tenants' clock.
    [When("sjuksköterskan på avdelningen skickar utskrivningsmeddelande")]
    public async Task SendDischargeNotice()
    {
        var now = await clock.NowAsync();
        await SendToConcernedAsync(r => new OutgoingMessage(MessageKind.DischargeNotice, r, DischargeTime: now));
    }

    // The concerned units are those that got the case's admission notice; without one, the home care where the patient lives.
    private async Task SendToConcernedAsync(Func<KnownUnit, OutgoingMessage> message)
    {
        var admission = admitted.Current;
        var concerned = messages.Sent.Where(m => m.Admission == admission && m.Message.Kind == MessageKind.AdmissionNotice)
            .Select(m => m.Message.Recipient).DistinctBy(u => u.HsaId).ToList();
        if (concerned.Count == 0) concerned.Add(UnitCatalogue.HomeCareIn(admission.Patient.Municipality));
        var nurse = Staff.At(admission.Ward, E2E.Organisation.StaffRoles.Nurse);
        foreach (var unit in concerned) messages.Add(await messaging.SendAsync(nurse, admission, message(unit)));
    }
}
