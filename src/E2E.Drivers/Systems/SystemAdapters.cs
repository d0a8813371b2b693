using E2E.Drivers.Directory;
using E2E.Organisation;

namespace E2E.Drivers.Systems;

/// <summary>
/// Picks the adapter for a unit: its system is looked up once per scenario in the directory (Millenniumenheter),
/// which answers for today on the tenants' own clock. Nothing above this class says "if SAMSA".
/// </summary>
public sealed class SystemAdapters(DirectoryApiClient directory, Samsa.SamsaAdapter samsa, Samvy.SamvyAdapter samvy)
{
    private readonly Dictionary<string, CareSystem> _systemOf = new(StringComparer.OrdinalIgnoreCase);

    public async Task<CareSystem> SystemOfAsync(KnownUnit unit)
    {
        if (_systemOf.TryGetValue(unit.HsaId, out var known)) return known;
        var info = await directory.GetUnitAsync(unit.HsaId)
                   ?? throw new InvalidOperationException($"Enheten {unit.DisplayName} ({unit.HsaId}) finns inte i enhetskatalogen.");
        return _systemOf[unit.HsaId] = info.CareSystem;
    }

    /// <summary>Forgets a unit's system after the scenario itself changed it (simulation only).</summary>
    public void Forget(KnownUnit unit) => _systemOf.Remove(unit.HsaId);

    /// <summary>The scenario's date moved (the test clock): every unit is looked up again for the new date.</summary>
    public void ForgetAll() => _systemOf.Clear();

    public async Task<T> ForUnitAsync<T>(KnownUnit unit) where T : ICareSystemAdapter => For<T>(await SystemOfAsync(unit));

    public T For<T>(CareSystem system) where T : ICareSystemAdapter =>
        (system == CareSystem.Samsa ? (ICareSystemAdapter)samsa : samvy) is T capable
            ? capable
            : throw new NotSupportedException($"{system.Display()} saknar förmågan {typeof(T).Name} i sviten.");
}
