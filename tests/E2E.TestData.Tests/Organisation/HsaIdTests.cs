using E2E.Organisation;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Organisation;

public sealed class HsaIdTests
{
    [TestCase("SE2321000131-E000000000321")]
    [TestCase("SE2120001009-abcXYZ09")]
    [TestCase("SE2321000131-1")]
    public void Format_valid_ids_are_accepted(string value)
    {
        HsaId.IsValid(value).Should().BeTrue();
        HsaId.Parse(value).OrganisationNumber.Should().Be(value[2..12]);
    }

    [TestCase("", "saknas")]
    [TestCase("SE2321000131-E0000000003210000000", "högst 31 tecken")]
    [TestCase("SE2321000131-Eöö", "å, ä, ö eller @")]
    [TestCase("SE2321000131-E@1", "å, ä, ö eller @")]
    [TestCase("DK2321000131-E1", "landskoden SE")]
    [TestCase("SE23210001-E1", "tio siffror")]
    [TestCase("SE2321000131E1", "bindestreck")]
    [TestCase("SE2321000131-", "löpnummer")]
    [TestCase("SE2321000131-E_1", "A–Z, a–z")]
    public void Invalid_ids_are_refused_with_a_Swedish_reason(string value, string reason)
    {
        HsaId.Validate(value).Should().Contain(reason);
        HsaId.TryParse(value, out _).Should().BeFalse();
        var act = () => HsaId.Parse(value);
        act.Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Test]
    public void Every_catalogue_id_is_format_valid_and_unique()
    {
        UnitCatalogue.All.Should().OnlyContain(u => HsaId.IsValid(u.HsaId), "every HSA-id must be format-valid");
        UnitCatalogue.All.Select(u => u.HsaId.ToUpperInvariant()).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Region_units_carry_the_region_number_and_municipal_units_their_municipality()
    {
        var municipal = UnitCatalogue.All.Where(u => u.Kind is UnitKinds.HomeCare or UnitKinds.NeedsAssessment
                                                     && !u.HsaId.StartsWith("SE2321000131-"));
        municipal.Should().HaveCount(49 * 2 - 2, "Lerum and Alingsås home care keep their older region ids");
        municipal.Should().OnlyContain(u =>
            MunicipalityCatalogue.Find(u.Municipality).OrganisationNumber == HsaId.Parse(u.HsaId).OrganisationNumber);
        UnitCatalogue.All.Where(u => u.Kind is UnitKinds.Ward or UnitKinds.PrimaryCare)
            .Should().OnlyContain(u => u.HsaId.StartsWith("SE2321000131-"));
    }
}
