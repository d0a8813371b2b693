using E2E.TestData.Reserve;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Reserve;

public class ReserveCollisionTests
{
    [Test]
    public void The_same_value_under_another_issuer_is_another_identity()
    {
        var vgr = ReserveNumbers.Vgr("19810829M071");
        foreach (var other in new IReserveNumberFormat[] { NationalReserveNumber.Instance, ExampleRegionReserveNumber.Instance })
        {
            var twin = ReserveCollisions.SameValueUnder(vgr, other);
            twin.Value.Should().Be(vgr.Value);
            twin.Oid.Should().Be(other.Oid);
            twin.Should().NotBe(vgr);
            twin.LeaseKey.Should().NotBe(vgr.LeaseKey);
        }
    }

    [Test]
    public void Every_issuer_generates_values_it_accepts()
    {
        var random = new Random(3);
        foreach (var format in ReserveNumbers.Formats)
            for (var i = 0; i < 300; i++)
                format.Problem(format.Generate(random, new DateOnly(1950, 6, 15), i % 2 == 0 ? Sex.Man : null).Value)
                    .Should().BeNull();
    }

    [Test]
    public void Issuers_have_distinct_oids() =>
        ReserveNumbers.Formats.Select(f => f.Oid).Should().OnlyHaveUniqueItems()
            .And.Contain(["1.2.752.113.11.0.2.1.1.1", "1.2.752.74.9.1"]);

    [Test]
    public void A_collision_needs_another_issuer() =>
        FluentActions.Invoking(() => ReserveCollisions.SameValueUnder(ReserveNumbers.Vgr("19810829M071"), VgrReserveNumber.Instance))
            .Should().Throw<InvalidOperationException>();

    [Test]
    public void An_unknown_issuer_is_named() =>
        FluentActions.Invoking(() => ReserveNumbers.Validate(new ReserveIdentity("1.2.3", "19810829M071")))
            .Should().Throw<InvalidOperationException>().WithMessage("Okänd utfärdare av reservnummer: OID 1.2.3*");

    [Test]
    public void Other_issuers_refuse_in_Swedish() =>
        FluentActions.Invoking(() => ReserveNumbers.Validate(new ReserveIdentity(ExampleRegionReserveNumber.ExampleOid, "19810829M000")))
            .Should().Throw<ReserveNumberFormatException>().WithMessage("Reservnumret '19810829M000' (Region Exempelland*löpnumret*");
}
