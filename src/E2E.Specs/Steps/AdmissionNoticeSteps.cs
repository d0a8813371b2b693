using E2E.Drivers.Actors;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

[Binding]
[StepSubject("Meddelanden")]
public sealed class AdmissionNoticeSteps(MessagingDriver messaging, AdmissionContext admitted, MessageContext messages)
{
    [StepHelp("Sjuksköterskan på patientens avdelning skickar inskrivningsmeddelandet med beräknat utskrivningsdatum {datum} i avdelningens system, " +
              "till hemsjukvården i den kommun där patienten är folkbokförd. Fallerar om systemet inte bekräftar att meddelandet skickats.")]
    [Given("att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande med beräknad utskrivning {datum}")]
    [When("sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning {datum}")]
    public Task SendToPatientsMunicipality(DateOnly estimatedDischarge) =>
        Send(UnitCatalogue.HomeCareIn(admitted.Current.Patient.Municipality), estimatedDischarge);

    [StepHelp("Sjuksköterskan på patientens avdelning skickar inskrivningsmeddelandet med beräknat utskrivningsdatum {datum} i avdelningens system " +
              "till {enhet}, i vilket system den enheten än arbetar. Fallerar om systemet inte bekräftar att meddelandet skickats.")]
    [Given("att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till {enhet} med beräknad utskrivning {datum}")]
    [When("sjuksköterskan på avdelningen skickar inskrivningsmeddelande till {enhet} med beräknad utskrivning {datum}")]
    public async Task Send(KnownUnit recipient, DateOnly estimatedDischarge)
    {
        var admission = admitted.Current;
        var nurse = Staff.At(admission.Ward, E2E.Organisation.StaffRoles.Nurse);
        messages.Add(await messaging.SendAsync(nurse, admission,
            new OutgoingMessage(MessageKind.AdmissionNotice, recipient, estimatedDischarge)));
    }
}
