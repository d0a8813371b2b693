using System.Net.Http.Json;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

/// <summary>GET _sim/identiteter: every personnummer each app stores, so a run can prove only test identities arrived.</summary>
public sealed class IdentityAuditTests : TenantsTestBase
{
    [Test]
    public async Task Each_app_lists_the_identities_it_stores_and_a_reset_empties_them()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, TestClock.Day(1))).EnsureSuccessStatusCode();
        await Samvy.CreatePatientAsync(TestPatients.Bo);
        using var samsa = new HttpClient { BaseAddress = Tenants.SamsaUrl };
        using var samvy = new HttpClient { BaseAddress = Tenants.SamvyUrl };

        var inSamvy = await Eventually.UntilAsync(() => Identities(samvy), ids => ids.Length == 2);

        inSamvy.Should().Equal(TestPatients.Anna.Personnummer, TestPatients.Bo.Personnummer);
        (await Identities(samsa)).Should().Equal(TestPatients.Anna.Personnummer);
        (await Identities(Integration)).Should().Equal(TestPatients.Anna.Personnummer);

        (await Integration.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

        (await Identities(samsa)).Should().BeEmpty();
        (await Identities(samvy)).Should().BeEmpty();
        (await Identities(Integration)).Should().BeEmpty();
    }

    [Test]
    public void Numbers_are_found_in_every_written_form_but_not_inside_ids_or_longer_numbers()
    {
        var text = """
            {"a":"194001042383","b":"19400107-9120","c":"19121212+1212","d":"19121212\u002B1213",
             "guid":"12345678-1234-5678-1234-123456789012","ticks":"1764095000000","hex":"ab123456789012cd"}
            """;

        IdentityAudit.Find([text]).Should()
            .Equal("194001042383", "194001079120", "191212121212", "191212121213");
    }

    private static async Task<string[]> Identities(HttpClient app) =>
        (await app.GetFromJsonAsync<string[]>(IdentityAudit.Route))!;
}
