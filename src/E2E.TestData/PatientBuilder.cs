using Bogus;
using E2E.Organisation;
using E2E.TestData.Identities;
using E2E.TestData.Leasing;
using E2E.TestData.Reserve;

namespace E2E.TestData;

/// <summary>
/// Builds test patients in one line: a leased identity from Skatteverket's test lists, a name from Bogus `sv` that
/// fits the sex, an address in the municipality. Overrides (<see cref="PatientBuilderOverrides"/>) apply to the next
/// <see cref="Build"/> only. The same seed gives the same patients whenever their identities are free.
/// </summary>
public sealed class PatientBuilder(int seed, IIdentityLeases? leases = null, TimeSpan? leaseTime = null)
{
    /// <summary>Long enough for the slowest scenario; a crashed run's leases then expire on their own.</summary>
    public static readonly TimeSpan DefaultLeaseTime = TimeSpan.FromHours(2);

    private readonly Random _identities = new(seed);
    private readonly Faker _faker = new("sv") { Random = new Randomizer(seed) };
    private readonly IIdentityLeases _leases = leases ?? InMemoryIdentityLeases.Shared;
    private readonly TimeSpan _leaseTime = leaseTime ?? DefaultLeaseTime;
    private readonly List<string> _leased = [];

    public int Seed { get; } = seed;

    /// <summary>The date ages are counted at; today unless a test fixes it.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>How long a named identity waits for another scenario's lease on it to end.</summary>
    public TimeSpan NamedLeaseWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>What the next <see cref="Build"/> will honour; the fluent overrides change this.</summary>
    public PatientRequest Next { get; set; } = new();

    /// <summary>Lease keys this builder holds: 12-digit numbers, and "OID|value" for reserve numbers.</summary>
    public IReadOnlyList<string> Leased => _leased;

    public Patient Build()
    {
        var request = Next;
        Next = new PatientRequest();
        var number = request.Named ?? request.ToQuery(Today).PickFree(_identities, p => Lease(p.Digits));
        if (request.Named is { } named) LeaseNamed(named.Digits, named.ToString());
        TestIdentityGuard.EnsureTestIdentity(number.Digits);
        var municipality = request.Municipality ?? _faker.PickRandom<Municipality>(MunicipalityCatalogue.All);
        var gender = number.Sex == Sex.Man ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female;
        var postcode = _faker.Random.Int(municipality.PostcodeFrom, municipality.PostcodeTo).ToString("00000");
        return new Patient(
            number.Digits,
            _faker.Name.FirstName(gender),
            _faker.Name.LastName(gender),
            number.Sex,
            _faker.Address.StreetAddress(),
            $"{postcode[..3]} {postcode[3..]}",
            municipality.Town,
            municipality.Name) { ReserveNumber = ReserveNumberFor(request, number) };
    }

    /// <summary>Gives back every identity this builder leased (call when the scenario ends).</summary>
    public void ReleaseAll()
    {
        foreach (var key in _leased) _leases.Release(key);
        _leased.Clear();
    }

    private ReserveIdentity? ReserveNumberFor(PatientRequest request, Personnummer number)
    {
        if (request.NamedReserve is { } named)
        {
            LeaseNamed(named.LeaseKey, $"reservnumret {named}");
            return named;
        }
        if (request.ReserveFormat is not { } format) return null;
        var sex = request.ReserveSexUnknown ? (Sex?)null : number.Sex;
        // Several tries: another scenario may hold the same reserve value under the same issuer.
        for (var attempt = 0; attempt < 100; attempt++)
            if (format.Generate(_identities, number.BirthDate!.Value, sex) is var reserve && Lease(reserve.LeaseKey))
                return ReserveNumbers.Validate(reserve);
        throw new InvalidOperationException(
            $"Hittade inget ledigt reservnummer ({format.Issuer}) för födelsedatum {number.BirthDate:yyyy-MM-dd}.");
    }

    /// <summary>
    /// A number the scenario named can't be swapped for a free one: wait for another scenario to give it back, then
    /// say who is blocking in Swedish.
    /// </summary>
    private void LeaseNamed(string key, string shown)
    {
        var until = DateTime.UtcNow + NamedLeaseWait;
        while (!Lease(key))
        {
            if (DateTime.UtcNow >= until)
                throw new InvalidOperationException(
                    $"{shown} används av ett annat scenario som körs just nu (väntade {NamedLeaseWait.TotalSeconds:0} s). " +
                    "Två scenarier som körs samtidigt kan inte dela patient; låt testdatabyggaren välja en ledig patient.");
            Thread.Sleep(250);
        }
    }

    private bool Lease(string key)
    {
        if (!_leases.TryLease(key, _leaseTime)) return false;
        _leased.Add(key);
        return true;
    }
}
