using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>The ward's nurse reports the patient ready for discharge, and discharges them, to the concerned units.</summary>
[Binding]
[StepSubject("Utskrivning")]
public sealed class DischargeSteps(MessagingDriver messaging, TenantClock clock, AdmissionContext admitted, MessageContext messages)
{
    [StepHelp("Sjuksköterskan på patientens avdelning skickar meddelandet om utskrivningsklar i avdelningens system till varje enhet som fått " +
              "inskrivningsmeddelande för det här vårdtillfället, annars till hemsjukvården i patientens kommun. Fallerar om systemet inte bekräftar ett utskick.")]
    [Given("att sjuksköterskan på avdelningen har skickat utskrivningsklar")]
    [When("sjuksköterskan på avdelningen skickar utskrivningsklar")]
    public Task SendDischargeReady() => SendToConcernedAsync(r => new OutgoingMessage(MessageKind.DischargeReady, r));

    [StepHelp("Sjuksköterskan på patientens avdelning skickar återtagandet av utskrivningsklar i avdelningens system till samma enheter som " +
              "utskrivningsklar går till: de som fått inskrivningsmeddelande för det här vårdtillfället, annars hemsjukvården i patientens kommun (P15).")]
    [When("sjuksköterskan på avdelningen återtar utskrivningsklar")]
    public Task WithdrawDischargeReady() => SendToConcernedAsync(r => new OutgoingMessage(MessageKind.ReadinessWithdrawn, r));

    [StepHelp("Sjuksköterskan på patientens avdelning skickar utskrivningsmeddelandet med utskrivningstiden nu på tenanternas klocka, i avdelningens " +
              "system till samma enheter som utskrivningsklar går till. Fallerar om systemet inte bekräftar ett utskick.")]
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
