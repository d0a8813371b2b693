using E2E.Organisation;
using E2E.TestData.Identities;
using E2E.TestData.Reserve;

namespace E2E.TestData;

/// <summary>What a scenario said about its next patient; everything left null gets a valid default.</summary>
public sealed record PatientRequest
{
    /// <summary>Default age when the scenario names none: an adult who is shown with '-' rather than '+'.</summary>
    public const int DefaultMinAge = 18, DefaultMaxAge = 99;

    public Sex? Sex { get; init; }
    public int? BirthYear { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public IdentityKind Kind { get; init; } = IdentityKind.Personnummer;
    public Municipality? Municipality { get; init; }

    /// <summary>The exact identity a scenario named ("patienten 19121212-1212"); it must be on Skatteverket's lists.</summary>
    public Personnummer? Named { get; init; }

    /// <summary>The exact reserve number a scenario named; validated against its issuer's format.</summary>
    public ReserveIdentity? NamedReserve { get; init; }

    /// <summary>Also give the patient a reserve number from this issuer (the real identity is linked to it).</summary>
    public IReserveNumberFormat? ReserveFormat { get; init; }

    /// <summary>Issue the reserve number with unknown sex (X), as for an unconscious patient.</summary>
    public bool ReserveSexUnknown { get; init; }

    public TestIdentityQuery ToQuery(DateOnly today)
    {
        var query = new TestIdentityQuery { Kind = Kind, Sex = Sex, BirthYear = BirthYear, At = today };
        var ageGiven = BirthYear is not null || MinAge is not null || MaxAge is not null;
        // Tenants need a birth date, so an unknown month/day (some samordningsnummer) is excluded via an age filter.
        return ageGiven && MinAge is null && MaxAge is null
            ? query.AgedAtLeast(0)
            : query with { MinAge = ageGiven ? MinAge : DefaultMinAge, MaxAge = ageGiven ? MaxAge : DefaultMaxAge };
    }
}
