using E2E.Drivers.Actors;
using E2E.Drivers.Attempts;
using E2E.Drivers.Directory;
using E2E.Organisation;

namespace E2E.Specs.Contexts;

/// <summary>P12: the person with assignments in both systems, and the scenario's latest attempts (pages and API).</summary>
public sealed class AccessContext
{
    public sealed record PageAttempt(Actor Person, CareSystem System, KnownUnit? Inbox, Attempt Outcome);

    public sealed record ApiCall(Actor Person, CareSystem System, KnownUnit? Inbox, ApiAttempt Outcome);

    public StaffMember? Coordinator { get; set; }

    public PageAttempt? LastPage { get; set; }

    public ApiCall? LastApi { get; set; }

    public StaffMember RequireCoordinator() => Coordinator ?? throw new InvalidOperationException(
        "Scenariot har inte pekat ut samordnaren ännu: börja med \"Givet att samordnaren i … kommun har uppdrag vid … och vid …\".");

    public PageAttempt RequirePage() => LastPage ?? throw new InvalidOperationException(
        "Scenariot har inte försökt logga in eller öppna någon inkorg ännu: börja med ett steg som \"… försöker …\".");

    public ApiCall RequireApi() => LastApi ?? throw new InvalidOperationException(
        "Scenariot har inte anropat något API ännu: börja med ett steg som \"… begär … genom …s API\".");
}
