using Bogus;

namespace E2E.Organisation;

/// <summary>
/// The staff of every catalogue unit, the same on every start: names from Bogus <c>sv</c> with a fixed seed, roles
/// from <see cref="StaffRoles"/>, person HSA-ids under the unit's organisation number (<c>-P</c> + ten digits).
/// Each unit has its own staff; each hospital has a discharge coordinator assigned to all its wards, and each
/// municipality a coordinator assigned to its home care and its needs assessors, so assignments across units exist.
/// The suite and the tenants read the same list, so a login and a step mean the same person.
/// </summary>
public static class StaffCatalogue
{
    private const int Seed = 2321; // VGR's organisation number begins 232100: any fixed number would do.

    private static readonly Lazy<IReadOnlyList<StaffMember>> Staff = new(Build);
    private static readonly Lazy<Dictionary<string, StaffMember>> ByHsaId = new(() => All.ToDictionary(s => s.HsaId));

    // A unit's first own member of staff, looked up for every seeded unit and every token: one pass, not one per call.
    private static readonly Lazy<Dictionary<string, StaffMember>> FirstByUnit = new(() =>
        All.GroupBy(s => s.Assignments[0].UnitHsaId).ToDictionary(g => g.Key, g => g.First()));

    public static IReadOnlyList<StaffMember> All => Staff.Value;

    /// <summary>Everyone assigned to the unit, its own staff first.</summary>
    public static IReadOnlyList<StaffMember> AtUnit(string unitHsaId) => [.. All.Where(s => s.IsAssignedTo(unitHsaId))];

    /// <summary>The unit's first own member of staff: the demo user a login offers for it.</summary>
    public static StaffMember FirstAt(string unitHsaId) =>
        FirstByUnit.Value.GetValueOrDefault(unitHsaId) ?? throw new ArgumentException(
            $"Enheten {unitHsaId} finns inte i organisationskatalogen och har därför ingen personal.");

    /// <summary>
    /// The demo user for any unit: the catalogue's first member of staff, or, for a unit a test added at run time, a
    /// person named from a seed taken from the unit's HSA-id (so it too stays the same across starts).
    /// </summary>
    public static StaffMember DemoUserFor(string unitHsaId, string unitKind)
    {
        if (FirstByUnit.Value.GetValueOrDefault(unitHsaId) is { } known) return known;
        var faker = new Faker("sv") { Random = new Randomizer(StableSeed(unitHsaId)) };
        var number = HsaId.TryParse(unitHsaId, out var id) ? id.OrganisationNumber : OrganisationNumber.Region;
        return new StaffMember($"SE{number}-P9{StableSeed(unitHsaId):D9}", faker.Name.FirstName(), faker.Name.LastName(),
            [new StaffAssignment(unitHsaId, StaffRoles.For(unitKind)[0])]);
    }

    public static StaffMember? FindByHsaId(string personHsaId) => ByHsaId.Value.GetValueOrDefault(personHsaId);

    private static IReadOnlyList<StaffMember> Build()
    {
        var faker = new Faker("sv") { Random = new Randomizer(Seed) };
        var names = new HashSet<string>(StringComparer.Ordinal);
        var serial = 0;
        var staff = new List<StaffMember>();

        StaffMember Person(string organisationNumber, IReadOnlyList<StaffAssignment> assignments)
        {
            string given, surname;
            do (given, surname) = (faker.Name.FirstName(), faker.Name.LastName());
            while (!names.Add($"{given} {surname}"));
            return new StaffMember($"SE{organisationNumber}-P{++serial:D10}", given, surname, assignments);
        }

        foreach (var unit in UnitCatalogue.All)
            foreach (var role in StaffRoles.For(unit.Kind))
                staff.Add(Person(unit.HsaId[2..12], [new StaffAssignment(unit.HsaId, role)]));

        foreach (var hospital in UnitCatalogue.OfKind(UnitKinds.Ward).GroupBy(HospitalOf))
            staff.Add(Person(OrganisationNumber.Region,
                [.. hospital.Select(w => new StaffAssignment(w.HsaId, StaffRoles.DischargeCoordinator))]));

        foreach (var municipality in MunicipalityCatalogue.All)
            staff.Add(Person(municipality.OrganisationNumber,
            [
                new StaffAssignment(UnitCatalogue.HomeCareIn(municipality.Name).HsaId, StaffRoles.MunicipalCoordinator),
                new StaffAssignment(UnitCatalogue.NeedsAssessmentIn(municipality.Name).HsaId, StaffRoles.MunicipalCoordinator),
            ]));
        return staff;
    }

    // string.GetHashCode differs between processes; this must not.
    private static int StableSeed(string text) =>
        (int)(text.Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619u) % 1_000_000_000);

    // "Avdelning 32, NÄL" → "NÄL".
    private static string HospitalOf(CareUnit ward) => ward.DisplayName[(ward.DisplayName.IndexOf(", ", StringComparison.Ordinal) + 2)..];
}
