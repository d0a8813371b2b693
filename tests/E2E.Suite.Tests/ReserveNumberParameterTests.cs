using E2E.Specs.Steps;
using E2E.TestData.Reserve;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>{reservnummer} in a step or table: VGR's format, validated where the tester wrote it.</summary>
public sealed class ReserveNumberParameterTests
{
    [Test]
    public void A_valid_VGR_reserve_number_keeps_VGRs_issuer_oid()
    {
        var value = VgrReserveNumber.Instance.Generate(new Random(3), new DateOnly(1938, 5, 12), null).Value;

        ParameterTransformations.ReserveNumber(value).Should().Be(new ReserveIdentity(VgrReserveNumber.Instance.Oid, value));
    }

    [Test]
    public void The_example_in_the_glossary_is_valid() =>
        ParameterTransformations.ReserveNumber("19380512M077").Value.Should().Be("19380512M077");

    [Test]
    public void A_wrong_sex_letter_is_refused_naming_the_value_and_the_letter()
    {
        var act = () => ParameterTransformations.ReserveNumber("19380512Q064");

        act.Should().Throw<ReserveNumberFormatException>().WithMessage("Reservnumret '19380512Q064' (VGR*könsbokstaven 'Q'*");
    }
}
