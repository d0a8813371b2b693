using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Millenniumenheter;

/// <summary>P03 in Samvy's FHIR API: Organization search and Communication never expose a Samvy inbox before go-live.</summary>
public sealed class SamvyRecipientApiTests : TenantsTestBase
{
    public const string InboxSystem = "https://e2e.vgregion.example/fhir/NamingSystem/inkorg";

    private DirectoryScenario Scenario => new(Integration, Samsa, Samvy, Tenants.SamsaUrl, Tenants.SamvyUrl);

    [Test]
    public async Task Organization_search_shows_a_waiting_unit_only_with_its_SAMSA_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync("2027-02-28");

        var byName = await Samvy.SearchAsync("Organization?name=Hemsjukvården Vänte");
        var bySamvyInbox = await Samvy.SearchAsync($"Organization?identifier={InboxSystem}|Samvy:{DirectoryScenario.Vantebo}");
        var byHsaId = await Samvy.SearchAsync($"Organization?identifier=urn:oid:1.2.752.129.2.1.4.1|{DirectoryScenario.Vantebo}");

        byName.Should().ContainSingle().Which.GetProperty("name").GetString().Should().Be(DirectoryScenario.VanteboName);
        InboxOf(byName[0]).Should().Be($"SAMSA:{DirectoryScenario.Vantebo}");
        bySamvyInbox.Should().BeEmpty("a unit that is not live has no Samvy inbox to find");
        byHsaId.Should().ContainSingle();
    }

    [Test]
    public async Task From_the_live_from_date_the_API_shows_the_Samvy_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync(DirectoryScenario.VanteboLiveFrom);

        var found = await Samvy.SearchAsync($"Organization?identifier={InboxSystem}|Samvy:{DirectoryScenario.Vantebo}");
        var read = await Samvy.Http.GetFromJsonAsync<JsonElement>($"Organization/{DirectoryScenario.Vantebo}");

        found.Should().ContainSingle();
        InboxOf(read).Should().Be($"Samvy:{DirectoryScenario.Vantebo}");
    }

    [Test]
    public async Task Name_search_is_case_insensitive_and_contains_is_supported()
    {
        var startsWith = await Samvy.SearchAsync("Organization?name=hemsjukvården lerums");
        var contains = await Samvy.SearchAsync("Organization?name:contains=hemsjukvården lerums");

        startsWith.Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be(Units.Lerum);
        contains.Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be(Units.Lerum);
    }

    [Test]
    public async Task Sending_to_the_Samvy_inbox_of_a_unit_not_live_is_refused_in_Swedish()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync("2027-02-28");

        using var response = await SendAsync(DirectoryScenario.Vantebo, inbox: $"Samvy:{DirectoryScenario.Vantebo}");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        outcome.GetProperty("resourceType").GetString().Should().Be("OperationOutcome");
        outcome.GetProperty("issue")[0].GetProperty("diagnostics").GetString().Should()
            .Contain("inte driftsatt i Samvy").And.Contain($"SAMSA:{DirectoryScenario.Vantebo}");
    }

    [Test]
    public async Task A_unit_not_live_is_reached_through_its_SAMSA_inbox()
    {
        await Scenario.AddWaitingUnitAsync();
        await Scenario.SetTodayAsync("2027-02-28");

        using var response = await SendAsync(DirectoryScenario.Vantebo, inbox: $"SAMSA:{DirectoryScenario.Vantebo}");

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var inbox = await Eventually.UntilAsync(() => Samsa.InboxAsync(DirectoryScenario.Vantebo), rows => rows.Length > 0);
        inbox.Should().ContainSingle();
    }

    /// <summary>
    /// An admission notice from Avdelning 32 naming the recipient's inbox, as a client that read the Organization would
    /// (the callers set the clock before Väntebo's go-live).
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(string recipientHsaId, string inbox)
    {
        var patient = await Samvy.CreatePatientAsync(TestPatients.Anna);
        var encounter = await Samvy.CreateEncounterAsync(patient, Units.Avd32Nal);
        return await Samvy.PostAsync("Communication", new
        {
            resourceType = "Communication",
            status = "completed",
            category = new[] { new { coding = new[] { new { code = "inskrivningsmeddelande" } } } },
            subject = new { reference = $"Patient/{patient}" },
            encounter = new { reference = $"Encounter/{encounter}" },
            sender = new { reference = $"Organization/{Units.Avd32Nal}" },
            recipient = new[] { new { reference = $"Organization/{recipientHsaId}", identifier = new { system = InboxSystem, value = inbox } } },
            extension = new[] { new { url = SamvyFhir.DischargeExtension, valueDate = DirectoryScenario.VanteboEstimate } },
        });
    }

    public static string? InboxOf(JsonElement organization) => organization.GetProperty("identifier").EnumerateArray()
        .Where(i => i.GetProperty("system").GetString() == InboxSystem).Select(i => i.GetProperty("value").GetString()).SingleOrDefault();
}
