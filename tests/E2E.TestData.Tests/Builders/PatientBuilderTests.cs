using E2E.TestData.Identities;
using E2E.TestData.Leasing;
using E2E.TestData.Reserve;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Builders;

public class PatientBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static PatientBuilder Builder(int seed, IIdentityLeases? leases = null) =>
        new(seed, leases ?? new InMemoryIdentityLeases()) { Today = Today };

    [Test]
    public void Defaults_are_an_adult_under_100_with_a_test_personnummer_and_an_address_in_the_municipality()
    {
        var patient = Builder(1).Build();
        TestIdentityGuard.Check(patient.Personnummer).Should().BeNull();
        patient.Identity.Kind.Should().Be(IdentityKind.Personnummer);
        patient.Identity.AgeAt(Today).Should().BeInRange(18, 99);
        patient.Sex.Should().Be(patient.Identity.Sex);
        patient.FirstName.Should().NotBeNullOrWhiteSpace();
        patient.PostalCode.Should().MatchRegex(@"^\d{3} \d{2}$");
        var municipality = E2E.Organisation.MunicipalityCatalogue.Find(patient.Municipality);
        patient.Town.Should().Be(municipality.Town);
        int.Parse(patient.PostalCode.Replace(" ", "")).Should().BeInRange(municipality.PostcodeFrom, municipality.PostcodeTo);
        patient.ReserveNumber.Should().BeNull();
    }

    [Test]
    public void Overrides_are_honoured_and_apply_to_the_next_patient_only()
    {
        var builder = Builder(2);
        var old = builder.Woman().OlderThan(80).LivingIn("Lerums kommun").Build();
        old.Sex.Should().Be(Sex.Kvinna);
        old.Identity.AgeAt(Today).Should().BeGreaterThan(80);
        old.Municipality.Should().Be("Lerum");
        builder.Build().Identity.AgeAt(Today).Should().BeInRange(18, 99);
        builder.Man().AgedAtLeast(100).Build().Should().Match<Patient>(p => p.Sex == Sex.Man && p.Identity.AgeAt(Today) >= 100);
        builder.BornIn(1938).Build().BirthDate.Year.Should().Be(1938);
        builder.AgedBetween(30, 40).Build().Identity.AgeAt(Today).Should().BeInRange(30, 40);
    }

    [Test]
    public void Samordningsnummer_and_reserve_numbers_on_request()
    {
        var builder = Builder(3);
        var coordinated = builder.WithSamordningsnummer().Build();
        coordinated.Identity.Kind.Should().Be(IdentityKind.Samordningsnummer);
        TestIdentityGuard.Check(coordinated.Personnummer).Should().BeNull();
        _ = coordinated.BirthDate; // tenants need a full birth date

        var unknown = builder.WithReserveNumber().Build();
        ReserveNumbers.IsValid(unknown.ReserveNumber!).Should().BeTrue();
        unknown.ReserveNumber!.Oid.Should().Be(IdentityOids.VgrReserve);
        unknown.ReserveNumber.Value[..8].Should().Be(unknown.BirthDate.ToString("yyyyMMdd"));
        unknown.ReserveNumber.Value[8].Should().Be(unknown.Sex == Sex.Man ? 'M' : 'K');
        builder.WithReserveNumber(NationalReserveNumber.Instance, sexUnknown: true).Build()
            .ReserveNumber!.Should().Match<ReserveIdentity>(r => r.Oid == IdentityOids.NationalReserve && r.Value[8] == 'X');
    }

    [Test]
    public void Names_fit_the_sex()
    {
        var women = FirstNames("female_first_name");
        var men = FirstNames("male_first_name");
        var builder = Builder(4);
        Enumerable.Range(0, 50).Select(_ => builder.Woman().Build().FirstName).Should().OnlyContain(n => women.Contains(n));
        Enumerable.Range(0, 50).Select(_ => builder.Man().Build().FirstName).Should().OnlyContain(n => men.Contains(n));
    }

    private static HashSet<string> FirstNames(string path)
    {
        var names = (Bogus.Bson.BArray)Bogus.Database.Get("name", path, "sv");
        return [.. Enumerable.Range(0, names.Count).Select(i => names[i].StringValue)];
    }
}
