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
    public sealed record Checked(Patient Patient, UnitDto Sender, RecipientDto Recipient, DateOnly EstimatedDischarge);

    public static async Task<Checked> CheckAsync(
        Communication notice, SamvyDb db, PatientStore patients, IntegrationClient directory, DateOnly today, CancellationToken ct)
    {
        if (!notice.IsAdmissionNotice())
        {
            throw Refuse($"Endast inskrivningsmeddelanden stöds (category {MessageTypes.Admission}).");
        }
        var patientId = References.IdOf(notice.Subject, "Patient") ?? throw Refuse("Meddelandet saknar patient (subject).");
        var patient = await patients.GetAsync(patientId, ct) ?? throw Refuse($"Patient/{patientId} finns inte.");
        var encounterId = References.IdOf(notice.Encounter, "Encounter");
        if (encounterId is not null && !await db.Encounters.AnyAsync(e => e.Id == encounterId, ct))
        {
            throw Refuse($"Encounter/{encounterId} finns inte.");
        }
        var sender = await UnitAsync(References.IdOf(notice.Sender, "Organization"), "Avsändaren", directory, today, ct);
        if (sender.System != SystemNames.Samvy)
        {
            throw Refuse($"{sender.Namn} arbetar i {sender.System}, inte i Samvy.");
        }
        var recipient = await RecipientCheck.CheckAsync(notice.Recipient.FirstOrDefault(), directory, today, ct);
        var date = notice.EstimatedDischarge() ?? throw Refuse("Ange beräknat utskrivningsdatum (ÅÅÅÅ-MM-DD).");
        return new Checked(patient, sender, recipient, date);
    }

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
