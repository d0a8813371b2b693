using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Organisation;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>
/// Simulated e-ID login to SAMSA: identity, then an assignment at a unit that works in SAMSA today, or SAMSA's
/// administration, whose system administrator lands on the decommissioning (P13) rather than an inbox.
/// </summary>
public sealed class LoggaInModel(StaffClient staff) : StaffLoginModel(staff, SystemNames.Samsa, "/inkorg")
{
    protected override string LandingFor(AssignmentDto chosen) =>
        SamsaAdministration.IsAdministration(chosen.EnhetHsaId) ? "/avveckling" : base.LandingFor(chosen);
}
