using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>An admission notice expressed as a FHIR Communication.</summary>
public static class AdmissionNotice
{
    public static Communication Create(string patientId, string? encounterId, string senderHsaId, string recipientHsaId, DateOnly estimatedDischarge)
    {
        var notice = new Communication
        {
            Status = EventStatus.Completed,
            Category = [Category],
            Subject = References.To("Patient", patientId),
            Encounter = encounterId is null ? null : References.To("Encounter", encounterId),
            Sender = References.Organization(senderHsaId, null),
            Recipient = [References.Organization(recipientHsaId, null)],
        };
        notice.SetEstimatedDischarge(estimatedDischarge);
        return notice;
    }

    public static CodeableConcept Category =>
        new(FhirConstants.MessageTypeSystem, MessageTypes.Admission, MessageTypes.AdmissionDisplay);

    public static bool IsAdmissionNotice(this Communication c) =>
        c.Category.Any(cat => cat.Coding.Any(code => code.Code == MessageTypes.Admission));

    public static void SetEstimatedDischarge(this Communication c, DateOnly date) =>
        c.SetExtension(FhirConstants.EstimatedDischargeExtension, new Date(date.Year, date.Month, date.Day));

    public static DateOnly? EstimatedDischarge(this Communication c) =>
        c.GetExtensionValue<Date>(FhirConstants.EstimatedDischargeExtension)?.Value is { } v
        && DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d) ? d : null;
}
