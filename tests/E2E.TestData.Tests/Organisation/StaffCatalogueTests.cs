using E2E.Organisation;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Organisation;

public sealed class StaffCatalogueTests
{
    [Test]
    public void Every_unit_has_its_own_staff_with_the_roles_of_its_kind()
    {
        foreach (var unit in UnitCatalogue.All)
        {
            var own = StaffCatalogue.All.Where(s => s.Assignments.Count == 1 && s.Assignments[0].UnitHsaId == unit.HsaId);
            own.Select(s => s.Role).Should().Equal(StaffRoles.For(unit.Kind), unit.DisplayName);
        }
    }

    [Test]
    public void Every_person_has_a_unique_valid_person_hsa_id_and_a_unique_swedish_name()
    {
        StaffCatalogue.All.Should().OnlyContain(s => HsaId.IsValid(s.HsaId) && s.HsaId.Contains("-P"));
        StaffCatalogue.All.Select(s => s.HsaId).Should().OnlyHaveUniqueItems();
        StaffCatalogue.All.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        StaffCatalogue.All.Should().OnlyContain(s => s.GivenName.Length > 1 && s.Surname.Length > 1);
    }

    [Test]
    public void Every_assignment_points_at_a_unit_of_the_catalogue() =>
        StaffCatalogue.All.SelectMany(s => s.Assignments)
            .Should().OnlyContain(a => UnitCatalogue.FindByHsaId(a.UnitHsaId) != null);

    [Test]
    public void A_hospital_coordinator_is_assigned_to_every_ward_of_that_hospital_and_no_other_unit()
    {
        var nal = UnitCatalogue.OfKind(UnitKinds.Ward).Where(w => w.DisplayName.EndsWith(", NÄL", StringComparison.Ordinal)).ToList();
        var coordinator = StaffCatalogue.All.Single(s =>
            s.Role == StaffRoles.DischargeCoordinator && s.IsAssignedTo(UnitCatalogue.Find("avdelning 32 på NÄL").HsaId));

        coordinator.Assignments.Select(a => a.UnitHsaId).Should().BeEquivalentTo(nal.Select(w => w.HsaId));
    }

    [Test]
    public void A_municipal_coordinator_serves_home_care_and_needs_assessment_of_one_municipality()
    {
        var homeCare = UnitCatalogue.HomeCareIn("Lerum");
        var staff = StaffCatalogue.AtUnit(homeCare.HsaId);

        staff.Should().Contain(s => s.Role == StaffRoles.MunicipalCoordinator && s.IsAssignedTo(UnitCatalogue.NeedsAssessmentIn("Lerum").HsaId));
        staff[0].Should().Be(StaffCatalogue.FirstAt(homeCare.HsaId), "the unit's own staff come first");
    }

    [Test]
    public void The_catalogue_is_the_same_on_every_start_and_a_unit_outside_it_still_gets_a_stable_person()
    {
        StaffCatalogue.FirstAt(UnitCatalogue.HomeCareIn("Lerum").HsaId).Role.Should().Be(StaffRoles.Nurse);
        StaffCatalogue.FirstAt(UnitCatalogue.NeedsAssessmentIn("Borås").HsaId).Role.Should().Be(StaffRoles.NeedsAssessor);

        var adHoc = StaffCatalogue.DemoUserFor("SE2321000131-E999999999999", UnitKinds.Ward);
        adHoc.Should().BeEquivalentTo(StaffCatalogue.DemoUserFor("SE2321000131-E999999999999", UnitKinds.Ward));
        HsaId.IsValid(adHoc.HsaId).Should().BeTrue(adHoc.HsaId);
        adHoc.Role.Should().Be(StaffRoles.Nurse);
    }

    [Test]
    public void An_unknown_unit_has_no_catalogue_staff_and_says_so_in_swedish()
    {
        var act = () => StaffCatalogue.FirstAt("SE2321000131-E999999999999");

        act.Should().Throw<ArgumentException>().WithMessage("*SE2321000131-E999999999999 finns inte i organisationskatalogen*");
    }
}
