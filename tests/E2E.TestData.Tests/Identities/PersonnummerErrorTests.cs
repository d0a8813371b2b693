using E2E.TestData.Identities;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Identities;

public class PersonnummerErrorTests
{
    [TestCase("189001019803", PersonnummerError.FelKontrollsiffra, "fel kontrollsiffra", "ska vara 2")]
    [TestCase("18900132-9802", PersonnummerError.OgiltigtDatum, "ogiltigt datum", "1890-01-32")]
    [TestCase("18901301-9802", PersonnummerError.OgiltigtDatum, "ogiltigt datum", "1890-13-01")]
    [TestCase("19000229-9802", PersonnummerError.OgiltigtDatum, "ogiltigt datum", "1900-02-29")]
    [TestCase("18900001-9802", PersonnummerError.OgiltigtDatum, "ogiltigt datum", "månaden finns inte")]
    [TestCase("900101-9803", PersonnummerError.FelKontrollsiffra, "fel kontrollsiffra", "sista siffran är 3")]
    [TestCase("18900101980", PersonnummerError.FelLangd, "fel längd", "11 siffror")]
    [TestCase("", PersonnummerError.FelLangd, "fel längd", "0 siffror")]
    [TestCase("1890-0101-9802", PersonnummerError.OgiltigaTecken, "ogiltiga tecken", "före de fyra sista")]
    [TestCase("18900101-98O2", PersonnummerError.OgiltigaTecken, "ogiltiga tecken", "endast siffror")]
    [TestCase("18900192-9802", PersonnummerError.OgiltigtDatum, "ogiltigt datum", "dagen 32 (dag + 60)")]
    public void Refuses_with_a_Swedish_reason_naming_the_value(
        string value, PersonnummerError reason, string words, string detail)
    {
        PersonnummerParser.TryParse(value, out _, out var error).Should().BeFalse();
        error!.Reason.Should().Be(reason);
        error.Message.Should().Contain($"'{value}'").And.Contain(words).And.Contain(detail);
        FluentActions.Invoking(() => Personnummer.Parse(value)).Should().Throw<PersonnummerFormatException>()
            .Which.Value.Should().Be(value);
    }

    [Test]
    public void Luhn_matches_Skatteverkets_example() =>
        Luhn.CheckDigit("811218987").Should().Be(6); // 811218-9876, Skatteverket's worked example
}
