using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Messaging;

/// <summary>
/// A notice of any type as a FHIR Communication: category from the meddelandetyp CodeSystem, the type's own data
/// in extensions (estimated discharge date, update flag, SIP meeting time and participants, discharge time).
/// </summary>
public static class NoticeResource
{
    public static Communication Create(string type, string patientId, string? encounterId, string senderHsaId, string recipientHsaId) => new()
    {
        Status = EventStatus.Completed,
        Category = [Category(type)],
        Subject = References.To("Patient", patientId),
        Encounter = encounterId is null ? null : References.To("Encounter", encounterId),
        Sender = References.Organization(senderHsaId, null),
        Recipient = [References.Organization(recipientHsaId, null)],
    };

    public static CodeableConcept Category(string type) => new(FhirConstants.MessageTypeSystem, type, MessageTypes.Display(type));

    /// <summary>The message type code, or null when the category is missing or unknown.</summary>
    public static string? TypeOf(this Communication c) =>
        c.Category.SelectMany(cat => cat.Coding).Select(code => code.Code).FirstOrDefault(MessageTypes.IsKnown);

    public static void SetEstimatedDischarge(this Communication c, DateOnly date) =>
        c.SetExtension(FhirConstants.EstimatedDischargeExtension, new Date(date.Year, date.Month, date.Day));

    public static DateOnly? EstimatedDischarge(this Communication c) =>
        c.GetExtensionValue<Date>(FhirConstants.EstimatedDischargeExtension)?.Value is { } v
        && DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d) ? d : null;

    public static bool IsEstimateUpdate(this Communication c) =>
        c.GetExtensionValue<FhirBoolean>(FhirConstants.EstimateUpdateExtension)?.Value == true;

    public static void SetTime(this Communication c, string url, DateTime utc) =>
        c.SetExtension(url, new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))));

    public static DateTime? TimeOf(this Communication c, string url) =>
        c.GetExtensionValue<FhirDateTime>(url)?.TryToDateTimeOffset(out var at) == true ? at.UtcDateTime : null;

    public static IReadOnlyList<string> Participants(this Communication c) =>
        [.. c.Extension.Where(e => e.Url == FhirConstants.SipParticipantExtension).Select(e => (e.Value as FhirString)?.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];

    /// <summary>The type-specific data of a routed message, written onto the Communication.</summary>
    public static void SetDetails(this Communication c, RoutedMessage m)
    {
        if (m.BeraknatUtskrivningsdatum is { } date)
        {
            c.SetEstimatedDischarge(date);
        }
        if (m.Uppdatering)
        {
            c.SetExtension(FhirConstants.EstimateUpdateExtension, new FhirBoolean(true));
        }
        if (m.Tidpunkt is { } time && m.Typ is MessageTypes.SipInvitation or MessageTypes.Discharge)
        {
            c.SetTime(m.Typ == MessageTypes.Discharge ? FhirConstants.DischargeTimeExtension : FhirConstants.SipMeetingExtension, time);
        }
        c.Extension.AddRange((m.Deltagare ?? []).Select(d => new Extension(FhirConstants.SipParticipantExtension, new FhirString(d))));
        if (m.Arende is { } arende)
        {
            c.SetExtension(FhirConstants.CaseReferenceExtension, new FhirString(arende));
        }
        if (m.Reservrutin is { } since)
        {
            c.SetTime(FhirConstants.ReserveRoutineExtension, since); // carried through an outage (P11)
        }
    }

    /// <summary>The SIP meeting or discharge time a message carries, as the integration routes it.</summary>
    public static DateTime? RoutedTime(this Communication c, string type) => type switch
    {
        MessageTypes.SipInvitation => c.TimeOf(FhirConstants.SipMeetingExtension),
        MessageTypes.Discharge => c.TimeOf(FhirConstants.DischargeTimeExtension),
        _ => null,
    };
}
