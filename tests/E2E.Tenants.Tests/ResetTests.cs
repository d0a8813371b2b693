using System.Net.Http.Json;
using System.Text.Json;
using E2E.Organisation;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests;

public sealed class ResetTests : TenantsTestBase
{
    [Test]
    public async Task Reset_empties_both_tenants_and_reseeds_the_directory()
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Lerum, TestClock.Day(1))).EnsureSuccessStatusCode();
        await Samvy.CreatePatientAsync(TestPatients.Bo);
        (await Integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = "SE2321000131-E000000009999", namn = "Vårdcentralen Testby", typ = "vardcentral", kommun = "Testby", driftsattFran = (string?)null },
        })).EnsureSuccessStatusCode();
        (await Integration.PutAsync("_sim/faults/tappa-meddelanden", null)).EnsureSuccessStatusCode();
        (await Integration.GetFromJsonAsync<JsonElement[]>("api/enheter")).Should().HaveCount(UnitCatalogue.All.Count + 1);

        (await Integration.PostAsync("_sim/reset", null)).EnsureSuccessStatusCode();

        (await Samsa.InboxAsync(Units.Lerum)).Should().BeEmpty();
        (await Samvy.SearchAsync($"Patient?identifier={SamvyFhir.PersonnummerSystem}|{TestPatients.Bo.Personnummer}")).Should().BeEmpty();
        (await Integration.GetFromJsonAsync<JsonElement[]>("api/enheter")).Should().HaveCount(UnitCatalogue.All.Count);
        (await Integration.GetFromJsonAsync<string[]>("_sim/faults")).Should().BeEmpty();
    }

    [Test]
    public async Task Demo_users_exist_for_every_unit()
    {
        var users = await Integration.GetFromJsonAsync<JsonElement[]>("_sim/anvandare");

        users!.Select(u => u.GetProperty("enhetNamn").GetString())
            .Should().BeEquivalentTo(UnitCatalogue.All.Select(u => u.DisplayName));
        users!.Should().OnlyContain(u =>
            u.GetProperty("namn").GetString() == StaffCatalogue.FirstAt(u.GetProperty("enhetHsaId").GetString()!).Name &&
            u.GetProperty("roll").GetString() == StaffCatalogue.FirstAt(u.GetProperty("enhetHsaId").GetString()!).Role,
            "the tenants' demo users are the shared staff catalogue's first member of staff per unit");
        Tenants.DemoUsers.Should().HaveCount(UnitCatalogue.All.Count)
            .And.Contain(u => u.UnitName == Units.LerumName && u.System == "SAMSA" && u.Role == "Sjuksköterska")
            .And.Contain(u => u.UnitName == "Biståndshandläggarna Borås Stad" && u.Role == "Biståndshandläggare");
    }

    [Test]
    public async Task A_new_unit_gets_a_demo_user_who_can_log_in_to_SAMSA()
    {
        (await Integration.PutAsJsonAsync("_sim/enheter", new[]
        {
            new { hsaId = "SE2321000131-E000000009999", namn = "Vårdcentralen Testby", typ = "vardcentral", kommun = "Testby", driftsattFran = (string?)null },
        })).EnsureSuccessStatusCode();
        using var web = new WebSession(Tenants.SamsaUrl);

        var demoUser = StaffCatalogue.DemoUserFor("SE2321000131-E000000009999", "vardcentral");
        (await web.LoginAsync(demoUser.HsaId, "SE2321000131-E000000009999")).Status.Should().Be(System.Net.HttpStatusCode.OK);

        (await web.GetAsync("inkorg")).Html.Should().Contain("<h1>Inkorg – Vårdcentralen Testby</h1>");
    }
}
