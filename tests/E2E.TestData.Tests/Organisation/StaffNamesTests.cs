using E2E.Organisation;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Organisation;

public sealed class StaffNamesTests
{
    [Test]
    public void The_first_demo_users_keep_the_names_the_tenants_always_had() =>
        Enumerable.Range(0, 4).Select(StaffNames.For).Should()
            .Equal("Anna Lindqvist", "Erik Johansson", "Maria Karlsson", "Lars Nilsson");

    [Test]
    public void Every_unit_of_the_catalogue_gets_a_distinct_name() =>
        Enumerable.Range(0, UnitCatalogue.All.Count).Select(StaffNames.For).Should().OnlyHaveUniqueItems();

    [Test]
    public void Names_are_stable_and_never_run_out()
    {
        StaffNames.For(500).Should().Be(StaffNames.For(500));
        Enumerable.Range(0, 2_000).Select(StaffNames.For).Should().OnlyHaveUniqueItems();
    }
}
