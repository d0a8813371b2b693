using E2E.Specs.Steps;
using E2E.TestData;
using E2E.TestData.Leasing;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>How a tester's words about the patient become a patient (no tenant, no browser).</summary>
public sealed class PatientDescriptionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Patient Build(string phrase) =>
        new PatientDescription(phrase).ApplyTo(new PatientBuilder(4711, new InMemoryIdentityLeases()) { Today = Today }).Build();

    [Test]
    public void A_woman_over_80_is_a_woman_older_than_80_from_the_test_lists()
    {
        var patient = Build("en kvinna över 80");

        patient.Sex.Should().Be(Sex.Kvinna);
        patient.BirthDate.AddYears(81).Should().BeOnOrBefore(Today);
        TestIdentities.IsTestIdentity(patient.Personnummer).Should().BeTrue();
    }

    [Test]
    public void A_man_born_1938_is_a_man_born_1938()
    {
        var patient = Build("en man född 1938");

        patient.Sex.Should().Be(Sex.Man);
        patient.BirthDate.Year.Should().Be(1938);
    }

    [Test]
    public void A_phrase_outside_the_pattern_is_refused_in_swedish()
    {
        var act = () => Build("en katt över 9");

        act.Should().Throw<ArgumentException>().WithMessage("Förstår inte patientbeskrivningen \"en katt över 9\"*");
    }
}
