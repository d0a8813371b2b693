using E2E.Organisation;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Organisation;

public sealed class MunicipalityCatalogueTests
{
    private static readonly string[] VastraGotaland =
    [
        "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping", "Färgelanda",
        "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda", "Karlsborg", "Kungälv", "Lerum",
        "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark", "Mellerud", "Munkedal", "Mölndal", "Orust",
        "Partille", "Skara", "Skövde", "Sotenäs", "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro",
        "Tidaholm", "Tjörn", "Tranemo", "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda",
        "Vänersborg", "Åmål", "Öckerö",
    ];

    [Test]
    public void All_49_municipalities_of_Vastra_Gotaland_are_there_with_the_right_names() =>
        MunicipalityCatalogue.All.Select(m => m.Name).Should().BeEquivalentTo(VastraGotaland);

    [TestCaseSource(nameof(VastraGotaland))]
    public void Every_municipality_has_home_care_and_needs_assessment(string name)
    {
        UnitCatalogue.HomeCareIn(name).Municipality.Should().Be(name);
        UnitCatalogue.NeedsAssessmentIn(name).Municipality.Should().Be(name);
        UnitCatalogue.All.Where(u => u.Municipality == name && u.Kind == UnitKinds.HomeCare).Should().ContainSingle();
        UnitCatalogue.All.Where(u => u.Municipality == name && u.Kind == UnitKinds.NeedsAssessment).Should().ContainSingle();
    }

    [TestCase("Lerums kommun", "Lerum")]
    [TestCase("Alingsås kommun", "Alingsås")]
    [TestCase("Borås Stad", "Borås")]
    [TestCase("Borås kommun", "Borås")]
    [TestCase("Göteborgs Stad", "Göteborg")]
    [TestCase("göteborgs kommun", "Göteborg")]
    [TestCase("Lilla Edets kommun", "Lilla Edet")]
    [TestCase("Dals-Eds kommun", "Dals-Ed")]
    [TestCase("Orust kommun", "Orust")]
    [TestCase("  ÖCKERÖ  ", "Öckerö")]
    public void Genitive_and_official_forms_name_the_municipality(string phrase, string expected) =>
        MunicipalityCatalogue.Find(phrase).Name.Should().Be(expected);

    [Test]
    public void Every_municipality_has_a_valid_organisation_number_town_and_postcode_range()
    {
        MunicipalityCatalogue.All.Should().OnlyContain(m =>
            OrganisationNumber.IsValid(m.OrganisationNumber) && m.OrganisationNumber.StartsWith("212000")
            && m.Town.Length > 0 && m.PostcodeFrom >= 10000 && m.PostcodeFrom < m.PostcodeTo && m.PostcodeTo <= 99999);
        MunicipalityCatalogue.All.Select(m => m.OrganisationNumber).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Unknown_municipality_gives_a_Swedish_message_with_the_closest_names()
    {
        var act = () => MunicipalityCatalogue.Find("Lerumm");

        act.Should().Throw<UnknownUnitException>().WithMessage("Okänd kommun 'Lerumm'. Närmast kända: Lerums kommun*");
    }
}
