using E2E.TestData.Reserve;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Reserve;

public class VgrReserveNumberTests
{
    private static readonly VgrReserveNumber Vgr = VgrReserveNumber.Instance;

    [TestCase("19810829M071")]
    [TestCase("19450829K088")]
    [TestCase("19930829X802")]
    public void The_domain_examples_validate(string value)
    {
        Vgr.Problem(value).Should().BeNull();
        ReserveNumbers.Vgr(value).Oid.Should().Be("1.2.752.113.11.0.2.1.1.1");
    }

    [Test]
    public void A_wrong_check_digit_is_refused_in_Swedish() =>
        FluentActions.Invoking(() => ReserveNumbers.Vgr("19810829M072"))
            .Should().Throw<ReserveNumberFormatException>()
            .WithMessage("Reservnumret '19810829M072' (VGR, OID 1.2.752.113.11.0.2.1.1.1) är ogiltigt: " +
                         "fel kontrollsiffra (sista tecknet är 2, ska vara 1).");

    [TestCase("19810829M07", "fel längd")]
    [TestCase("19810230M071", "ogiltigt datum")]
    [TestCase("19810829Q071", "könsbokstaven 'Q'")]
    [TestCase("19810829M081", "udda och 06–79 för en man")]
    [TestCase("19810829K071", "jämnt och 06–79 för en kvinna")]
    [TestCase("19810829K048", "jämnt och 06–79 för en kvinna")]
    [TestCase("19810829X701", "80–89 när könet är okänt")]
    [TestCase("19810829MA71", "två siffror")]
    public void Malformed_values_name_the_rule(string value, string words) =>
        Vgr.Problem(value).Should().Contain(words);

    [Test]
    public void Thousands_of_generated_numbers_validate_and_carry_the_sex()
    {
        var random = new Random(1);
        var sexes = new Sex?[] { Sex.Kvinna, Sex.Man, null };
        for (var i = 0; i < 3_000; i++)
        {
            var sex = sexes[i % 3];
            var born = new DateOnly(1900, 1, 1).AddDays(random.Next(45_000));
            var reserve = Vgr.Generate(random, born, sex);
            ReserveNumbers.IsValid(reserve).Should().BeTrue(reserve.Value);
            reserve.Value[..8].Should().Be(born.ToString("yyyyMMdd"));
            reserve.Value[8].Should().Be(sex switch { Sex.Kvinna => 'K', Sex.Man => 'M', _ => 'X' });
        }
    }
}
