using E2E.Specs.Support;
using E2E.TestData;
using E2E.TestData.Leasing;
using Reqnroll.BoDi;

namespace E2E.Specs.Contexts;

/// <summary>Where the scenario's patients come from: its seed (shown in the report) and its leased test identities.</summary>
public sealed class PatientContext(IObjectContainer container)
{
    public int Seed { get; set; }

    private PatientBuilder? _patients;

    // The scenario's leases (shared lease store) when the hooks registered them, else in-process reservations.
    // Ages count from the tenants' today, not the machine's.
    public PatientBuilder Patients => _patients ??= new PatientBuilder(Seed,
        container.IsRegistered<IIdentityLeases>() ? container.Resolve<IIdentityLeases>() : null)
    {
        Today = container.Resolve<ScenarioClock>().Today,
    };
}
