using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Sip;

/// <summary>
/// How a SIP reads as a FHIR CarePlan: category "sip"; the meeting as the one activity (kind Appointment,
/// scheduledPeriod.start = meeting time, performer = the participating units); the case it belongs to in the
/// extension samordningsarende ("System:id"), or through <c>encounter</c> for a Samvy case.
/// </summary>
public static class SipPlanFhir
{
    public const string CategorySystem = "https://e2e.vgregion.example/fhir/CodeSystem/planeringstyp";
    public const string CategoryCode = "sip";

    public static bool IsSip(this CarePlan plan) =>
        plan.Category.SelectMany(c => c.Coding).Any(c => c.Code == CategoryCode);

    public static CarePlan.DetailComponent? Meeting(this CarePlan plan) => plan.Activity.FirstOrDefault()?.Detail;

    public static DateTime? MeetingTime(this CarePlan plan) =>
        plan.Meeting()?.Scheduled is Period { StartElement: { } start } && start.TryToDateTimeOffset(out var at) ? at.UtcDateTime : null;

    public static IReadOnlyList<string> ParticipantIds(this CarePlan plan) =>
        [.. (plan.Meeting()?.Performer ?? []).Select(p => References.IdOf(p, "Organization")).OfType<string>().Distinct()];

    public static string? CaseReference(this CarePlan plan) =>
        plan.GetExtensionValue<FhirString>(FhirConstants.CaseReferenceExtension)?.Value;

    public static CodeableConcept Category() => new(CategorySystem, CategoryCode, "Samordnad individuell plan (SIP)");

    /// <summary>A SIP as it is called: the patient, the calling unit, one meeting with its participating units.</summary>
    public static CarePlan New(string patientId, string? encounterId, string authorHsaId, DateTime meetingUtc, IEnumerable<ResourceReference> performers) => new()
    {
        Status = RequestStatus.Active,
        Intent = CarePlan.CarePlanIntent.Plan,
        Category = [Category()],
        Subject = References.To("Patient", patientId),
        Encounter = encounterId is null ? null : References.To("Encounter", encounterId),
        Author = References.Organization(authorHsaId, null),
        Activity =
        [
            new CarePlan.ActivityComponent
            {
                Detail = new CarePlan.DetailComponent
                {
                    Kind = CarePlan.CarePlanActivityKind.Appointment,
                    Status = CarePlan.CarePlanActivityStatus.Scheduled,
                    Scheduled = new Period { StartElement = new FhirDateTime(E2E.Tenants.Integration.Simulation.SwedishTime.ToSwedish(meetingUtc)) },
                    Performer = [.. performers],
                },
            },
        ],
    };
}
