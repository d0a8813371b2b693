using E2E.Organisation;

namespace E2E.Drivers.Directory;

/// <summary>
/// A unit as testers name it in scenarios, and as the systems name and identify it. Built from the shared
/// organisation catalogue (see <see cref="UnitCatalogue"/>); <see cref="Type"/> is one of <see cref="UnitKinds"/>.
/// </summary>
public sealed record KnownUnit(string BusinessName, string HsaId, string DisplayName, string Type, string Municipality)
{
    public bool IsWard => Type == UnitKinds.Ward;

    public override string ToString() => DisplayName;
}
