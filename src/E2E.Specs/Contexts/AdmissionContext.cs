using E2E.Drivers;

namespace E2E.Specs.Contexts;

/// <summary>The scenario's admissions; "patienten" and "avdelningen" in a step mean the latest one.</summary>
public sealed class AdmissionContext
{
    private readonly List<Admission> _all = [];

    public IReadOnlyList<Admission> All => _all;

    public Admission Current => _all.LastOrDefault() ?? throw new InvalidOperationException(
        "Scenariot har ingen inskriven patient ännu: börja med ett steg som skriver in en patient.");

    public void Add(Admission admission) => _all.Add(admission);
}
