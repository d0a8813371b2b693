using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>What Samvy checks before a notice may leave; each refusal is an OperationOutcome in Swedish.</summary>
public static class CommunicationRules
{
    public sealed record Checked(string Type, Patient Patient, UnitDto Sender, RecipientDto Recipient, string? EncounterId, StoredEpisode? Episode);

    public static async Task<Checked> CheckAsync(
        Communication notice, SamvyDb db, PatientStore patients, IntegrationClient directory, DateOnly today, DateTime now, CancellationToken ct)
    {
        var type = notice.TypeOf() ?? throw Refuse(
            $"Okänd meddelandetyp. Ange category med en av: {string.Join(", ", MessageTypes.All.Keys)}.");
        var patientId = References.IdOf(notice.Subject, "Patient") ?? throw Refuse("Meddelandet saknar patient (subject).");
        var patient = await patients.GetAsync(patientId, ct) ?? throw Refuse($"Patient/{patientId} finns inte.");
        var encounterId = References.IdOf(notice.Encounter, "Encounter");
        if (encounterId is not null && !await db.Encounters.AnyAsync(e => e.Id == encounterId, ct))
        {
            throw Refuse($"Encounter/{encounterId} finns inte.");
        }
        var episode = encounterId is null ? null : await db.Episodes.SingleOrDefaultAsync(e => e.EncounterId == encounterId, ct);
        if (episode?.Closed is not null && type != MessageTypes.Discharge)
        {
            throw Refuse("Ärendet är avslutat; inga fler meddelanden kan skickas i det.");
        }
        var sender = await UnitAsync(References.IdOf(notice.Sender, "Organization"), "Avsändaren", directory, today, ct);
        if (sender.System != SystemNames.Samvy)
        {
            throw Refuse($"{sender.Namn} arbetar i {sender.System}, inte i Samvy.");
        }
        var recipient = await RecipientCheck.CheckAsync(notice.Recipient.FirstOrDefault(), directory, today, ct);
        if (type == MessageTypes.DischargeReadyWithdrawn && !await db.Communications.AnyAsync(c =>
                c.PatientId == patientId && c.Category == MessageTypes.DischargeReady && c.RecipientHsaId == recipient.HsaId && c.ExternalId == null, ct))
        {
            throw Refuse("Mottagaren har inte fått något meddelande om utskrivningsklar att återta.");
        }
        if (ContentProblem(type, notice, now) is { } problem)
        {
            throw Refuse(problem);
        }
        return new Checked(type, patient, sender, recipient, encounterId, episode);
    }

    /// <summary>The type's own data: what is missing or wrong, in Swedish; null when all is well.</summary>
    public static string? ContentProblem(string type, Communication notice, DateTime now) => type switch
    {
        MessageTypes.Admission when notice.EstimatedDischarge() is null => "Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).",
        MessageTypes.SipInvitation when notice.TimeOf(FhirConstants.SipMeetingExtension) is null => "Ange mötestid (ÅÅÅÅ-MM-DD TT:MM).",
        MessageTypes.SipInvitation when notice.TimeOf(FhirConstants.SipMeetingExtension) < now => "Mötestiden har redan passerat.",
        MessageTypes.SipInvitation when notice.Participants().Count == 0 => "Ange minst en deltagare.",
        MessageTypes.Discharge when notice.TimeOf(FhirConstants.DischargeTimeExtension) is null => "Ange utskrivningstid (ÅÅÅÅ-MM-DD TT:MM).",
        _ => null,
    };

    private static async Task<UnitDto> UnitAsync(string? hsaId, string role, IntegrationClient directory, DateOnly today, CancellationToken ct)
    {
        if (hsaId is null)
        {
            throw Refuse($"{role} saknas (Organization/HSA-id).");
        }
        return await directory.UnitAsync(hsaId, today, ct) ?? throw Refuse($"{role} {hsaId} finns inte i katalogen.");
    }

    private static FhirRequestException Refuse(string message) =>
        new(422, OperationOutcome.IssueType.BusinessRule, message);
}
