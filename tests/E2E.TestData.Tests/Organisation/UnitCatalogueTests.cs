using E2E.Organisation;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Organisation;

public sealed class UnitCatalogueTests
{
    private static readonly DateOnly SouthGoLive = new(2024, 11, 12);

    [TestCase("SE2321000131-E000000000321", "Avdelning 32, NÄL", UnitKinds.Ward, "Trollhättan", "2024-11-12")]
    [TestCase("SE2321000131-E000000000511", "Avdelning 51, Sahlgrenska", UnitKinds.Ward, "Göteborg", null)]
    [TestCase("SE2321000131-E000000001001", "Hemsjukvården Lerums kommun", UnitKinds.HomeCare, "Lerum", null)]
    [TestCase("SE2321000131-E000000001002", "Hemsjukvården Alingsås kommun", UnitKinds.HomeCare, "Alingsås", "2024-11-12")]
    public void The_four_P04_units_are_unchanged(string hsaId, string name, string kind, string municipality, string? liveFrom)
    {
        var unit = UnitCatalogue.FindByHsaId(hsaId)!;

        unit.Should().NotBeNull();
        (unit.DisplayName, unit.Kind, unit.Municipality).Should().Be((name, kind, municipality));
        unit.LiveFrom.Should().Be(liveFrom is null ? null : DateOnly.Parse(liveFrom));
        unit.SystemOn(new DateOnly(2026, 1, 1)).Should().Be(liveFrom is null ? "SAMSA" : "Samvy");
    }

    [Test]
    public void The_four_P04_units_come_first_and_all_others_work_in_SAMSA()
    {
        UnitCatalogue.All.Take(4).Select(u => u.BusinessName).Should().Equal(
            "avdelning 32 på NÄL", "avdelning 51 på Sahlgrenska", "hemsjukvården i Lerums kommun", "hemsjukvården i Alingsås kommun");
        UnitCatalogue.All.Skip(4).Should().OnlyContain(u => u.LiveFrom == null && u.SystemOn(SouthGoLive) == "SAMSA");
    }

    [TestCase("NÄL")]
    [TestCase("Sahlgrenska")]
    [TestCase("Östra sjukhuset")]
    [TestCase("Mölndals sjukhus")]
    [TestCase("SÄS Borås")]
    [TestCase("Skaraborgs sjukhus Skövde")]
    [TestCase("Alingsås lasarett")]
    [TestCase("Kungälvs sjukhus")]
    [TestCase("Uddevalla sjukhus")]
    [TestCase("Frölunda specialistsjukhus")]
    public void Every_hospital_has_several_wards(string hospital) =>
        UnitCatalogue.OfKind(UnitKinds.Ward).Count(u => u.DisplayName.EndsWith($", {hospital}")).Should().BeGreaterThan(1);

    [Test]
    public void Primary_care_centres_exist_in_several_municipalities() =>
        UnitCatalogue.OfKind(UnitKinds.PrimaryCare).Select(u => u.Municipality).Distinct().Should().HaveCountGreaterThan(10);

    [Test]
    public void Needs_assessors_get_their_own_role_and_everyone_else_is_a_nurse()
    {
        UnitCatalogue.NeedsAssessmentIn("Borås").StaffRole.Should().Be("Biståndshandläggare");
        UnitCatalogue.HomeCareIn("Lerum").StaffRole.Should().Be("Sjuksköterska");
    }

    [Test]
    public void Display_names_are_unique_so_users_can_pick_a_unit_by_name() =>
        UnitCatalogue.All.Select(u => u.DisplayName).Should().OnlyHaveUniqueItems();
}
