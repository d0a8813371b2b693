using E2E.TestData.Identities;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Identities;

public class TestIdentityListTests
{
    [Test]
    public void Every_number_on_the_lists_is_valid_and_of_its_kind()
    {
        TestIdentities.All.Should().HaveCount(TestIdentities.Personnummer.Count + TestIdentities.Samordningsnummer.Count);
        TestIdentities.Personnummer.Should().OnlyContain(n => Personnummer.Parse(n, null).Kind == IdentityKind.Personnummer);
        TestIdentities.Samordningsnummer.Should()
            .OnlyContain(n => Personnummer.Parse(n, null).Kind == IdentityKind.Samordningsnummer);
    }

    private static readonly TestIdentityQuery Any = new() { At = new DateOnly(2026, 11, 25) };

    private static IEnumerable<TestIdentityQuery> Queries()
    {
        yield return Any;
        yield return Any.OfKind(IdentityKind.Samordningsnummer);
        yield return Any.OfSex(Sex.Kvinna).OlderThan(80);
        yield return Any.OfSex(Sex.Man).AgedAtLeast(100);
        yield return Any.BornIn(1938);
        yield return Any.OfKind(IdentityKind.Personnummer).AgedBetween(18, 99);
        yield return Any.OfKind(IdentityKind.Samordningsnummer).OfSex(Sex.Man).AgedBetween(30, 60);
    }

    [Test]
    public void Thousands_of_picks_across_queries_are_all_on_the_lists_valid_and_as_asked()
    {
        var random = new Random(20261125);
        var picks = 0;
        foreach (var query in Queries())
            for (var i = 0; i < 1_000; i++, picks++)
            {
                var number = query.Pick(random);
                TestIdentities.IsTestIdentity(number.Digits).Should().BeTrue();
                PersonnummerParser.TryParse(number.ToString(), out var again, out _).Should().BeTrue();
                again.Should().Be(number);
                query.Matches(number).Should().BeTrue();
                TestIdentityGuard.Check(number.Digits).Should().BeNull();
            }
        picks.Should().Be(7_000);
    }
}
