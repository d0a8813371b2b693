using E2E.Drivers;
using E2E.Drivers.Directory;
using E2E.TestData;
using E2E.TestData.Leasing;
using Reqnroll.BoDi;

namespace E2E.Specs.Support;

/// <summary>What one scenario has arranged and done so far, shared between its step classes.</summary>
public sealed class ScenarioState(IObjectContainer container)
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

    public Admission? Admission { get; set; }

    /// <summary>Who the notice is for, known before sending, so a failed send still has a direction.</summary>
    public KnownUnit? Recipient { get; set; }
    public SentAdmissionNotice? SentNotice { get; set; }

    public Admission CurrentAdmission => Admission ?? throw new InvalidOperationException(
        "Scenariot har ingen inskriven patient ännu: börja med ett steg som skriver in en patient.");

    public SentAdmissionNotice CurrentNotice => SentNotice ?? throw new InvalidOperationException(
        "Scenariot har inte skickat något inskrivningsmeddelande ännu.");
}
