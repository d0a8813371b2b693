using E2E.TestData.Leasing;
using E2E.TestData.Reserve;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Builders;

/// <summary>A scenario that names its patient's number gets exactly that number, leased, or a Swedish refusal.</summary>
public sealed class NamedIdentityTests
{
    private const string TestIdentity = "19380909-8894";

    private static PatientBuilder Builder(IIdentityLeases leases, TimeSpan? wait = null) =>
        new(7, leases) { Today = new DateOnly(2026, 11, 25), NamedLeaseWait = wait ?? TimeSpan.FromSeconds(1) };

    [Test]
    public void A_named_test_identity_is_used_as_it_is_and_leased()
    {
        var builder = Builder(new InMemoryIdentityLeases());

        var patient = builder.WithPersonnummer(TestIdentity).Build();

        patient.Personnummer.Should().Be("193809098894");
        builder.Leased.Should().Contain("193809098894");
    }

    [TestCase("19380909-8895", "kontrollsiffra")]
    [TestCase("19800101-2304", "inte en testidentitet ur Skatteverkets listor")]
    [TestCase("1938-09-09", "inget giltigt personnummer")]
    public void A_named_number_outside_the_lists_is_refused_naming_it(string value, string reason)
    {
        var act = () => Builder(new InMemoryIdentityLeases()).WithPersonnummer(value);

        act.Should().Throw<TestIdentityRefusedException>().Which.Message.Should().Contain(value).And.Contain(reason);
    }

    [Test]
    public void A_named_identity_another_scenario_holds_waits_and_then_names_the_conflict()
    {
        var leases = new InMemoryIdentityLeases();
        var holder = Builder(leases);
        holder.WithPersonnummer(TestIdentity).Build();

        var act = () => Builder(leases).WithPersonnummer(TestIdentity).Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("19380909-8894 används av ett annat scenario*");
    }

    [Test]
    public void A_named_identity_is_taken_as_soon_as_the_other_scenario_releases_it()
    {
        var leases = new InMemoryIdentityLeases();
        var holder = Builder(leases);
        holder.WithPersonnummer(TestIdentity).Build();
        using var release = new Timer(_ => holder.ReleaseAll(), null, 300, Timeout.Infinite);

        Builder(leases, TimeSpan.FromSeconds(30)).WithPersonnummer(TestIdentity).Build().Personnummer.Should().Be("193809098894");
    }

    [Test]
    public void A_named_reserve_number_is_validated_and_kept_with_its_issuer()
    {
        var value = VgrReserveNumber.Instance.Generate(new Random(1), new DateOnly(1938, 5, 12), Sex.Man).Value;
        var builder = Builder(new InMemoryIdentityLeases());

        var patient = builder.WithReserveNumber(value).Build();

        patient.ReserveNumber.Should().Be(new ReserveIdentity(VgrReserveNumber.Instance.Oid, value));
        builder.Leased.Should().Contain(patient.ReserveNumber!.LeaseKey);
    }

    [Test]
    public void A_named_reserve_number_with_a_wrong_check_digit_is_refused_naming_value_and_issuer()
    {
        var valid = VgrReserveNumber.Instance.Generate(new Random(1), new DateOnly(1938, 5, 12), Sex.Man).Value;
        var wrong = valid[..11] + (char)('0' + (valid[11] - '0' + 1) % 10);

        var act = () => Builder(new InMemoryIdentityLeases()).WithReserveNumber(wrong);

        act.Should().Throw<ReserveNumberFormatException>().WithMessage($"Reservnumret '{wrong}' (VGR*fel kontrollsiffra*");
    }
}
