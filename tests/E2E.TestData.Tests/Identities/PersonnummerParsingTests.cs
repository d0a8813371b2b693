using E2E.TestData.Identities;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Identities;

public class PersonnummerParsingTests
{
    private static readonly DateOnly At = new(2026, 11, 25);

    [TestCase("189001019802")]
    [TestCase("18900101-9802")]
    [TestCase("18900101+9802")]
    [TestCase("900101+9802")]
    [TestCase(" 900101+9802 ")]
    public void Reads_the_same_number_in_every_written_form(string written) =>
        Personnummer.Parse(written, At).Digits.Should().Be("189001019802");

    [Test]
    public void Ten_digits_without_plus_get_the_latest_century_that_fits()
    {
        Personnummer.Parse("9001019802", At).Year.Should().Be(1990); // Luhn ignores the century
        Personnummer.Parse(WithCheck("260101980"), At).Year.Should().Be(2026);
        Personnummer.Parse(WithCheck("270101980"), At).Year.Should().Be(1927);
        Personnummer.Parse(WithCheck("270101980").Insert(6, "+"), At).Year.Should().Be(1827);
    }

    private static string WithCheck(string nine) => nine + Luhn.CheckDigit(nine);

    [Test]
    public void Birth_date_and_sex_come_from_the_digits()
    {
        var woman = Personnummer.Parse("189001019802");
        woman.BirthDate.Should().Be(new DateOnly(1890, 1, 1));
        woman.Sex.Should().Be(Sex.Kvinna, "birth number 980 ends in an even digit");
        woman.Kind.Should().Be(IdentityKind.Personnummer);
        woman.Oid.Should().Be("1.2.752.129.2.1.3.1");
        Personnummer.Parse("189001029819").Sex.Should().Be(Sex.Man);
    }

    [Test]
    public void Samordningsnummer_has_sixty_added_to_the_day()
    {
        var number = Personnummer.Parse("191401682396");
        number.Kind.Should().Be(IdentityKind.Samordningsnummer);
        number.BirthDate.Should().Be(new DateOnly(1914, 1, 8));
        number.Oid.Should().Be("1.2.752.129.2.1.3.3");
    }

    [TestCase("191500722390", 0, 12)]
    [TestCase("191711602399", 11, 0)]
    [TestCase("192004912388", 4, 31)] // on Skatteverket's list although April has 30 days
    public void Samordningsnummer_may_have_month_00_or_day_60(string digits, int month, int day)
    {
        var number = Personnummer.Parse(digits);
        (number.Month, number.Day).Should().Be((month, day));
        number.BirthDate.Should().BeNull();
        number.AgeAt(At).Should().BeNull();
    }

    [TestCase(1926, "+")]
    [TestCase(1927, "-")]
    public void Ten_digit_form_has_plus_from_the_year_of_the_hundredth_birthday(int year, string sign)
    {
        var number = new TestIdentityQuery().BornIn(year).Candidates()[0];
        number.ToTenDigitString(At).Should().Be($"{number.Digits[2..8]}{sign}{number.Digits[8..]}");
        number.ToString().Should().Be($"{number.Digits[..8]}-{number.Digits[8..]}", "12 digits always show '-'");
    }

    [Test]
    public void Age_counts_completed_years()
    {
        var number = Personnummer.Parse("189001019802");
        number.AgeAt(new DateOnly(1990, 1, 1)).Should().Be(100);
        number.AgeAt(new DateOnly(1989, 12, 31)).Should().Be(99);
    }
}
