using System.Collections.Concurrent;

namespace E2E.TestData.Identities;

/// <summary>
/// A question to Skatteverket's test lists ("kvinna över 80", "född 1938"). It can only answer with numbers on the
/// lists, and the same <see cref="Random"/> state gives the same answer.
/// </summary>
public sealed record TestIdentityQuery
{
    private static readonly ConcurrentDictionary<TestIdentityQuery, Personnummer[]> Cache = new();

    public IdentityKind? Kind { get; init; }
    public Sex? Sex { get; init; }
    public int? BirthYear { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }

    /// <summary>The date ages are counted at; today unless set.</summary>
    public DateOnly At { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    public TestIdentityQuery OfKind(IdentityKind kind) => this with { Kind = kind };
    public TestIdentityQuery OfSex(Sex sex) => this with { Sex = sex };
    public TestIdentityQuery BornIn(int year) => this with { BirthYear = year };
    public TestIdentityQuery AgedAtLeast(int years) => this with { MinAge = years };
    public TestIdentityQuery AgedAtMost(int years) => this with { MaxAge = years };
    public TestIdentityQuery AgedBetween(int min, int max) => this with { MinAge = min, MaxAge = max };

    /// <summary>"över 80" read strictly: 81 or older.</summary>
    public TestIdentityQuery OlderThan(int years) => AgedAtLeast(years + 1);

    public TestIdentityQuery AtDate(DateOnly date) => this with { At = date };

    /// <summary>Age filters need a known birth date, so they skip samordningsnummer with month 00 or day 60.</summary>
    public bool Matches(Personnummer p) =>
        (Kind is null || p.Kind == Kind)
        && (Sex is null || p.Sex == Sex)
        && (BirthYear is null || p.Year == BirthYear)
        && (MinAge is null && MaxAge is null
            || p.AgeAt(At) is { } age && age >= (MinAge ?? 0) && age <= (MaxAge ?? int.MaxValue));

    public IReadOnlyList<Personnummer> Candidates() =>
        Cache.GetOrAdd(this, q => [.. TestIdentities.All.Where(q.Matches)]);

    public Personnummer Pick(Random random) => PickFree(random, _ => true);

    /// <summary>
    /// Starts at a random candidate and walks on until <paramref name="tryTake"/> accepts one (e.g. a lease), so the
    /// choice is the same for the same seed whenever that identity is free.
    /// </summary>
    public Personnummer PickFree(Random random, Func<Personnummer, bool> tryTake)
    {
        var candidates = Candidates();
        if (candidates.Count == 0)
            throw new InvalidOperationException($"Skatteverkets testlistor har ingen {Describe()}.");
        var start = random.Next(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[(start + i) % candidates.Count] is var candidate && tryTake(candidate))
                return candidate;
        throw new InvalidOperationException(
            $"Alla {candidates.Count} testidentiteter som passar ({Describe()}) används redan av andra scenarier.");
    }

    public string Describe() => TestIdentityQueryText.Describe(this);
}
