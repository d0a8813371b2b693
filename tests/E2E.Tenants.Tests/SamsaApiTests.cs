using System.Net;
using System.Net.Http.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

/// <summary>What SAMSA's REST API refuses, and that it says why in Swedish.</summary>
public sealed class SamsaApiTests : TenantsTestBase
{
    [Test]
    public async Task SAMSA_refuses_a_notice_without_recipient_and_date_in_Swedish()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);

        using var sent = await Samsa.SendAdmissionNoticeAsync(stay, "", "");

        sent.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await sent.Content.ReadAsStringAsync();
        body.Should().Contain("Välj en mottagare").And.Contain("Ange beräknat utskrivningsdatum");
    }

    [Test]
    public async Task SAMSA_refuses_a_malformed_personnummer_and_a_ward_that_works_in_Samvy()
    {
        using var patient = await Samsa.Http.PostAsJsonAsync("api/patienter", new { personnummer = "19400104", fornamn = "A", efternamn = "B" });
        using var registered = await Samsa.Http.PostAsJsonAsync("api/patienter", new { personnummer = TestPatients.Anna.Display, fornamn = "Anna", efternamn = "Testsson" });
        using var stay = await Samsa.Http.PostAsJsonAsync("api/vardtillfallen", new { personnummer = TestPatients.Anna.Personnummer, enhetHsaId = Units.Avd32Nal });

        patient.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await patient.Content.ReadAsStringAsync()).Should().Contain("ÅÅÅÅMMDD-NNNN");
        registered.StatusCode.Should().Be(HttpStatusCode.Created, "the personnummer may be given with the hyphen");
        stay.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await stay.Content.ReadAsStringAsync()).Should().Contain("arbetar i Samvy, inte i SAMSA");
    }
}
