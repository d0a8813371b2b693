using E2E.Organisation;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Organisation;

public sealed class PhraseLookupTests
{
    [TestCase("avdelning 32 på NÄL", "Avdelning 32, NÄL")]
    [TestCase("Avdelning 32 på näl", "Avdelning 32, NÄL")]
    [TestCase("avdelning 32 på Norra Älvsborgs länssjukhus", "Avdelning 32, NÄL")]
    [TestCase("Avdelning 32, NÄL", "Avdelning 32, NÄL")]
    [TestCase("avdelning 51 på Sahlgrenska", "Avdelning 51, Sahlgrenska")]
    [TestCase("avdelning 42 på SÄS", "Avdelning 42, SÄS Borås")]
    [TestCase("avdelning 21 på Östra sjukhuset", "Avdelning 21, Östra sjukhuset")]
    [TestCase("hemsjukvården i Lerums kommun", "Hemsjukvården Lerums kommun")]
    [TestCase("HEMSJUKVÅRDEN I  LERUMS KOMMUN", "Hemsjukvården Lerums kommun")]
    [TestCase("hemsjukvården i Lerum", "Hemsjukvården Lerums kommun")]
    [TestCase("hemsjukvården i Alingsås kommun", "Hemsjukvården Alingsås kommun")]
    [TestCase("hemsjukvården i Borås Stad", "Hemsjukvården Borås Stad")]
    [TestCase("hemsjukvården i Borås kommun", "Hemsjukvården Borås Stad")]
    [TestCase("hemsjukvården i Lilla Edets kommun", "Hemsjukvården Lilla Edets kommun")]
    [TestCase("biståndshandläggarna i Borås", "Biståndshandläggarna Borås Stad")]
    [TestCase("biståndshandläggarna i Göteborgs Stad", "Biståndshandläggarna Göteborgs Stad")]
    [TestCase("biståndshandläggaren i Mölndals kommun", "Biståndshandläggarna Mölndals stad")]
    [TestCase("vårdcentralen Ryd", "Vårdcentralen Ryd")]
    [TestCase("Vårdcentralen hisings backa", "Vårdcentralen Hisings Backa")]
    [TestCase("SE2321000131-E000000001001", "Hemsjukvården Lerums kommun")]
    public void A_phrase_or_HSA_id_finds_the_unit(string phrase, string displayName) =>
        UnitCatalogue.Find(phrase).DisplayName.Should().Be(displayName);

    [Test]
    public void Every_business_name_and_display_name_finds_its_own_unit() =>
        UnitCatalogue.All.Should().OnlyContain(u =>
            UnitCatalogue.Find(u.BusinessName) == u && UnitCatalogue.Find(u.DisplayName) == u && UnitCatalogue.Find(u.HsaId) == u);

    [Test]
    public void Unknown_unit_gives_a_Swedish_message_naming_the_value_and_the_closest_names()
    {
        var act = () => UnitCatalogue.Find("avdelning 99 på NÄL");

        var error = act.Should().Throw<UnknownUnitException>().Which;
        error.Message.Should().StartWith("Okänd enhet 'avdelning 99 på NÄL'. Närmast kända: ");
        error.Closest.Should().HaveCountLessThanOrEqualTo(5).And.OnlyContain(n => n.EndsWith("på NÄL"));
    }

    [Test]
    public void A_misspelt_municipality_suggests_the_right_unit()
    {
        var act = () => UnitCatalogue.Find("hemsjukvården i Lerms kommun");

        act.Should().Throw<UnknownUnitException>().Which.Closest[0].Should().Be("hemsjukvården i Lerums kommun");
    }
}
