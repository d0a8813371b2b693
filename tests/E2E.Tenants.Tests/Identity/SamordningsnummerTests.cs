using System.Net;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Identity;

/// <summary>P07: a patient with a samordningsnummer (day of birth + 60) is the same person in both systems, under the right issuer.</summary>
public sealed class SamordningsnummerTests : TenantsTestBase
{
    private const string SamordningsnummerSystem = "urn:oid:1.2.752.129.2.1.3.3";

    // From Skatteverket's test samordningsnummer (src/E2E.TestData/Data/testsamordningsnummer.txt): born 1914-01-08.
    private static readonly TestPatient Sven = new("191401682396", "Sven", "Samordnad", "Vägen 2", "441 30", "Alingsås");

    [Test]
    public async Task A_notice_from_SAMSA_registers_the_patient_in_Samvy_under_the_samordningsnummer_issuer()
    {
        var stay = await Samsa.AdmitAsync(Sven, Units.Avd51Sahlgrenska);

        using var sent = await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, TestClock.Day(1));

        sent.StatusCode.Should().Be(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var found = await Eventually.UntilAsync(() => Samvy.SearchAsync($"Patient?identifier={Uri.EscapeDataString($"{SamordningsnummerSystem}|{Sven.Personnummer}")}"), p => p.Length > 0);
        var identifier = found.Should().ContainSingle().Subject.GetProperty("identifier").EnumerateArray().Should().ContainSingle().Subject;
        identifier.GetProperty("system").GetString().Should().Be(SamordningsnummerSystem);
        identifier.GetProperty("value").GetString().Should().Be(Sven.Personnummer);
        (await Samvy.SearchAsync($"Patient?identifier={SamvyFhir.PersonnummerSystem}|{Sven.Personnummer}"))
            .Should().BeEmpty("a samordningsnummer is not a personnummer");
    }
}
