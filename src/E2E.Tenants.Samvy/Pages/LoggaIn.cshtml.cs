using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Samvy.Pages;

/// <summary>
/// Simulated e-ID login to Samvy: identity, then an assignment at a unit live in Samvy today. A person with no such
/// assignment is refused (403): without a Samvy assignment there is no way in.
/// </summary>
public sealed class LoggaInModel(StaffClient staff) : StaffLoginModel(staff, SystemNames.Samvy, "/meddelandecenter");
