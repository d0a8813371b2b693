using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samsa.Pages;

/// <summary>Simulated e-ID login to SAMSA: identity, then an assignment at a unit that works in SAMSA today.</summary>
public sealed class LoggaInModel(StaffClient staff) : StaffLoginModel(staff, SystemNames.Samsa, "/inkorg");
