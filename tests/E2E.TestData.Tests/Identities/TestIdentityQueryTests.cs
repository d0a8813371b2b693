using E2E.TestData.Identities;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Identities;

public class TestIdentityQueryTests
{
    private static readonly DateOnly At = new(2026, 11, 25);
    private static readonly TestIdentityQuery Any = new() { At = At };

    [Test]
    public void Fodd_1938() =>
        Any.BornIn(1938).Candidates().Should().NotBeEmpty().And.OnlyContain(p => p.Year == 1938);

    [Test]
    public void Kvinna_over_80() =>
        Any.OfSex(Sex.Kvinna).OlderThan(80).Candidates().Should().NotBeEmpty()
            .And.OnlyContain(p => p.Sex == Sex.Kvinna && p.AgeAt(At) > 80);

    [Test]
    public void Man_100_ar_eller_aldre() =>
        Any.OfSex(Sex.Man).AgedAtLeast(100).Candidates().Should().NotBeEmpty()
            .And.OnlyContain(p => p.Sex == Sex.Man && p.AgeAt(At) >= 100 && p.ToTenDigitString(At)[6] == '+');

    [Test]
    public void Samordningsnummer_only_when_asked() =>
        Any.OfKind(IdentityKind.Samordningsnummer).Candidates().Should().HaveCount(TestIdentities.Samordningsnummer.Count);

    [Test]
    public void Age_filters_skip_numbers_without_a_full_birth_date() =>
        Any.OfKind(IdentityKind.Samordningsnummer).AgedAtLeast(0).Candidates().Should().OnlyContain(p => p.BirthDate != null);

    [Test]
    public void The_same_seed_picks_the_same_numbers()
    {
        var query = Any.OfSex(Sex.Kvinna).OlderThan(80);
        var first = Enumerable.Range(0, 20).Select(_ => query.Pick(new Random(42))).Distinct().ToArray();
        first.Should().ContainSingle();
        var (a, b) = (new Random(7), new Random(7));
        Enumerable.Range(0, 50).Select(_ => query.Pick(a)).Should().Equal(Enumerable.Range(0, 50).Select(_ => query.Pick(b)));
    }

    [Test]
    public void A_taken_number_is_skipped_for_the_next_free_one()
    {
        var query = Any.BornIn(1938);
        var first = query.Pick(new Random(1));
        var next = query.PickFree(new Random(1), p => p != first);
        next.Should().NotBe(first);
        query.Matches(next).Should().BeTrue();
    }

    [Test]
    public void An_impossible_wish_is_explained_in_Swedish() =>
        FluentActions.Invoking(() => Any.OfSex(Sex.Kvinna).BornIn(1938).AgedAtLeast(120).Pick(new Random(1)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("Skatteverkets testlistor har ingen kvinna, född 1938, minst 120 år, räknat 2026-11-25.");

    [Test]
    public void All_taken_is_explained_in_Swedish() =>
        FluentActions.Invoking(() => Any.BornIn(1938).PickFree(new Random(1), _ => false))
            .Should().Throw<InvalidOperationException>().WithMessage("Alla * används redan av andra scenarier.");
}
