using E2E.TestData.Leasing;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Builders;

public class PatientBuilderDeterminismTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Patient[] Patients(int seed) =>
        Enumerable.Range(0, 10).Select(i => (i % 3) switch
        {
            0 => (Func<PatientBuilder, PatientBuilder>)(b => b),
            1 => b => b.Woman().OlderThan(80).WithReserveNumber(),
            _ => b => b.LivingIn("Alingsås kommun").WithSamordningsnummer(),
        }).Aggregate(
            (Builder: new PatientBuilder(seed, new InMemoryIdentityLeases()) { Today = Today }, List: new List<Patient>()),
            (acc, wish) => { acc.List.Add(wish(acc.Builder).Build()); return acc; })
        .List.ToArray();

    [Test]
    public void The_same_seed_gives_the_same_patients() =>
        Patients(99).Should().Equal(Patients(99));

    [Test]
    public void Another_seed_gives_other_patients() =>
        Patients(99).Select(p => p.Personnummer).Should().NotEqual(Patients(100).Select(p => p.Personnummer));

    [Test]
    public void A_taken_identity_is_skipped_but_names_and_addresses_stay_the_same()
    {
        var leases = new InMemoryIdentityLeases();
        var first = new PatientBuilder(7, leases) { Today = Today }.Woman().Build();
        var second = new PatientBuilder(7, leases) { Today = Today }.Woman().Build();
        second.Personnummer.Should().NotBe(first.Personnummer);
        (second.FirstName, second.StreetAddress).Should().Be((first.FirstName, first.StreetAddress));
    }

    [Test]
    public void Identities_are_unique_within_a_lease_store_and_released_at_the_end()
    {
        var leases = new InMemoryIdentityLeases();
        var builder = new PatientBuilder(8, leases) { Today = Today };
        var patients = Enumerable.Range(0, 500).Select(_ => builder.Build()).ToArray();
        patients.Select(p => p.Personnummer).Should().OnlyHaveUniqueItems();
        builder.Leased.Should().HaveCount(500);
        builder.ReleaseAll();
        leases.TryLease(patients[0].Personnummer, TimeSpan.FromMinutes(1)).Should().BeTrue();
    }
}
