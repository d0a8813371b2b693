using E2E.Drivers;
using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Attachments;
using E2E.Drivers.Directory;
using E2E.Drivers.Messages;
using E2E.Organisation;
using E2E.Runner.Catalog;
using E2E.Specs.Contexts;
using Reqnroll;

namespace E2E.Specs.Steps;

/// <summary>P08: an admission notice with a file, the file as the receiver downloads it, and the files a system refuses.</summary>
[Binding]
[StepSubject("Bilagor")]
public sealed class AttachmentSteps(MessagingDriver messaging, AttachmentDriver files, AdmissionContext admitted, MessageContext messages, AttachmentContext tried)
{
    [StepHelp("Sjuksköterskan på patientens avdelning skickar inskrivningsmeddelandet till {enhet} i avdelningens system med bilagan {fil} på exakt " +
              "{storlek}, som sviten skapar själv med innehåll efter filtypen. Fallerar om systemet inte bekräftar att meddelandet skickats (P08).")]
    [Given("att sjuksköterskan på avdelningen har skickat inskrivningsmeddelande till {enhet} med beräknad utskrivning {datum} och bilagan {fil} på {storlek}")]
    [When("sjuksköterskan på avdelningen skickar inskrivningsmeddelande till {enhet} med beräknad utskrivning {datum} och bilagan {fil} på {storlek}")]
    public async Task Send(KnownUnit recipient, DateOnly estimate, string file, FileSize size) =>
        messages.Add(await messaging.SendAsync(WardNurse(), admitted.Current, Notice(recipient, estimate, file, size)));

    [StepHelp("Som att skicka inskrivningsmeddelandet med bilagan {fil} på {storlek}, men avdelningens system får stoppa försöket. " +
              "Beskedet sjuksköterskan fick läses av nästa Så-steg (P08).")]
    [When("sjuksköterskan på avdelningen försöker skicka inskrivningsmeddelande till {enhet} med beräknad utskrivning {datum} och bilagan {fil} på {storlek}")]
    public async Task Try(KnownUnit recipient, DateOnly estimate, string file, FileSize size) =>
        tried.LastAttempt = await files.TrySendAsync(WardNurse(), admitted.Current, Notice(recipient, estimate, file, size));

    [StepHelp("Öppnar meddelandet som senast sågs i inkorgen för {enhet} och laddar ner bilagan {fil}: den ska visas en gång med samma " +
              "filtyp, storlek och SHA-256 som den skickade, och den nedladdade filen ska ha samma namn, storlek och SHA-256. " +
              "Fallerar om bilagan saknas, visas två gånger eller skiljer sig i något av detta (P08).")]
    [Then("ska {enhet} ha fått bilagan {fil} oförändrad")]
    public async Task ArrivedUnchanged(KnownUnit unit, string file)
    {
        var seen = messages.RequireSeen();
        if (seen.Unit.HsaId != unit.HsaId)
            throw new InvalidOperationException($"Senast sågs ett meddelande hos {seen.Unit.DisplayName}, inte hos {unit.DisplayName}: låt {unit.BusinessName} se meddelandet först.");
        var sent = messages.LastSent(seen.Kind, unit).Message.Files?.SingleOrDefault(f => f.Name == file)
                   ?? throw new InvalidOperationException($"Scenariot skickade ingen bilaga \"{file}\" till {unit.BusinessName}.");
        var patient = admitted.Current.Patient;
        var received = await files.FilesOnAsync(seen, patient);
        AttachmentChecks.ShouldBeUnchanged(received, sent, $"{seen.InboxName}: {seen.Kind.Definite} för patient {patient.DisplayPersonnummer}");
    }

    [StepHelp("Prövar det senaste försöket: avsändarens system {system} ska ha stoppat det, med ett besked som nämner {fil}, att filtypen inte är " +
              "tillåten och vilka filtyper som är tillåtna. Fallerar om meddelandet gick iväg eller beskedet saknar något av det; mottagarens inkorg läses inte (P08).")]
    [Then("ska {system} ha stoppat meddelandet med beskedet att bilagan {fil} har en filtyp som inte är tillåten")]
    public void StoppedForType(CareSystem system, string file) =>
        ShouldHaveStopped(system, file, [$"\"{file}\"", "som inte är tillåten", "Tillåtna filtyper:"]);

    [StepHelp("Prövar det senaste försöket: avsändarens system {system} ska ha stoppat det, med ett besked som nämner {fil}, filens storlek i byte " +
              "och gränsen högst {storlek}, också i byte. Fallerar om meddelandet gick iväg eller beskedet saknar något av det; mottagarens inkorg läses inte (P08).")]
    [Then("ska {system} ha stoppat meddelandet med beskedet att bilagan {fil} får vara högst {storlek}")]
    public void StoppedForSize(CareSystem system, string file, FileSize limit)
    {
        var size = tried.RequireAttempt().Message.Message.Files?.SingleOrDefault(f => f.Name == file)?.Size
                   ?? throw new InvalidOperationException($"Scenariot försökte inte skicka någon bilaga \"{file}\".");
        ShouldHaveStopped(system, file, [$"\"{file}\"", AttachedFile.Bytes(size), $"högst {limit.Phrase}", AttachedFile.Bytes(limit.Bytes)]);
    }

    // Stopped in the sender's system, and the words the person was told name the file, the reason and the limit.
    private void ShouldHaveStopped(CareSystem system, string file, IReadOnlyList<string> mustSay)
    {
        var attempt = tried.RequireAttempt();
        var sent = attempt.Message;
        if (sent.SenderSystem != system)
            throw new InvalidOperationException($"Försöket gjordes i {sent.SenderSystem.Display()}, inte i {system.Display()}: {sent.Sender.Description} arbetar där.");
        if (attempt.Outcome.Succeeded)
            throw new BusinessAssertionException(
                $"{system.Display()} skickade {sent.Message.Kind.Definite} med bilagan \"{file}\" till {sent.Message.Recipient.DisplayName} " +
                $"(beskedet \"{attempt.Outcome.Told}\"), men skulle ha stoppat det.");
        attempt.Outcome.ShouldSay($"{system.Display()} stoppade {sent.Message.Kind.Definite} med bilagan \"{file}\"", mustSay);
    }

    private Actor WardNurse() => Staff.At(admitted.Current.Ward, StaffRoles.Nurse);

    private static OutgoingMessage Notice(KnownUnit recipient, DateOnly estimate, string file, FileSize size) =>
        new(MessageKind.AdmissionNotice, recipient, estimate, Files: [AttachedFile.Make(file, size.Bytes)]);
}
