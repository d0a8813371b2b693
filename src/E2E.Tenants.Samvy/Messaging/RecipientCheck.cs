using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>
/// Samvy accepts a recipient only as the directory's Samvy picker offers it: the unit's one inbox today. A client
/// may name the inbox it chose (recipient.identifier in <see cref="OrganizationMapping.InboxSystem"/>); a Samvy
/// inbox of a unit that is not live yet is refused (rule 5).
/// </summary>
public static class RecipientCheck
{
    public static async Task<RecipientDto> CheckAsync(ResourceReference? reference, IntegrationClient directory, DateOnly today, CancellationToken ct)
    {
        var hsaId = References.IdOf(reference, "Organization") ?? throw Refuse("Mottagaren saknas (Organization/HSA-id).");
        if (await directory.RecipientAsync(SystemNames.Samvy, hsaId, ct) is not { } offered)
        {
            // Not in the picker: either unknown, or a unit that is not live yet (one more lookup, only to say which).
            var unit = await directory.UnitAsync(hsaId, today, ct) ?? throw Refuse($"Mottagaren {hsaId} finns inte i katalogen.");
            throw Refuse($"{unit.Namn} är inte driftsatt i Samvy ännu och kan inte väljas som mottagare.");
        }
        var named = reference!.Identifier is { System: OrganizationMapping.InboxSystem, Value: { } value } ? value : null;
        if (named is null || named == offered.Inkorg)
        {
            return offered;
        }
        throw Refuse(named.StartsWith(SystemNames.Samvy + ":", StringComparison.Ordinal)
            ? $"{offered.Namn} är inte driftsatt i Samvy ännu och har ingen Samvy-inkorg. Enhetens inkorg i dag är {offered.Inkorg} ({offered.Beskrivning})."
            : $"Inkorgen {named} tar inte emot meddelanden till {offered.Namn} i dag. Enhetens inkorg är {offered.Inkorg} ({offered.Beskrivning}).");
    }

    private static FhirRequestException Refuse(string message) =>
        new(422, OperationOutcome.IssueType.BusinessRule, message);
}
