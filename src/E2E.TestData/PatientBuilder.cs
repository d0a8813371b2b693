using Bogus;
using Bogus.DataSets;

namespace E2E.TestData;

/// <summary>Builds test patients: an unused adult test personnummer, a name that fits its sex, a Swedish address.</summary>
public sealed class PatientBuilder
{
    private readonly Random _random;
    private readonly Faker _faker;
    private string? _municipality;

    public PatientBuilder(int seed)
    {
        _random = new Random(seed);
        _faker = new Faker("sv") { Random = new Randomizer(seed) };
    }

    public PatientBuilder LivingIn(string municipality)
    {
        _municipality = municipality;
        return this;
    }

    public Patient Build()
    {
        var personnummer = PickPersonnummer();
        TestIdentityGuard.EnsureTestIdentity(personnummer);
        // Birth number (digits 9–11): odd for men, even for women.
        var sex = (personnummer[10] - '0') % 2 == 1 ? Sex.Man : Sex.Kvinna;
        var gender = sex == Sex.Man ? Name.Gender.Male : Name.Gender.Female;
        var municipality = _municipality is null
            ? _faker.PickRandom<Municipalities.Municipality>(Municipalities.All)
            : Municipalities.Find(_municipality);
        _municipality = null; // LivingIn applies to the next patient only
        var postcode = _faker.Random.Int(municipality.PostcodeFrom, municipality.PostcodeTo).ToString();
        return new Patient(
            personnummer,
            _faker.Name.FirstName(gender),
            _faker.Name.LastName(gender),
            sex,
            _faker.Address.StreetAddress(),
            $"{postcode[..3]} {postcode[3..]}",
            municipality.Town,
            municipality.Name);
    }

    private string PickPersonnummer()
    {
        var candidates = AdultPersonnummer.Value;
        var start = _random.Next(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[(start + i) % candidates.Count];
            if (IdentityReservations.TryReserve(candidate)) return candidate;
        }
        throw new InvalidOperationException("Alla testpersonnummer i listan är redan använda i den här körningen.");
    }

    // Adults under 100: a plausible inpatient, and displayed with "-" rather than "+".
    private static readonly Lazy<IReadOnlyList<string>> AdultPersonnummer = new(() =>
    {
        var today = DateTime.Today;
        return TestIdentities.Personnummer
            .Where(p => int.Parse(p[..4]) is var year && year > today.Year - 100 && year <= today.Year - 18)
            .ToArray();
    });
}
