using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Decommissioning;

/// <summary>P13: SAMSA takes no new work while it is decommissioned, and becomes read-only only with nothing active left.</summary>
public sealed class ReadOnlyTests : DecommissionScenario
{
    [Test]
    public async Task No_new_stay_or_SIP_starts_in_SAMSA_once_the_decommissioning_has_begun()
    {
        var (caseId, _) = await AdmitAsync();
        await BeginAsync();

        using var stay = await Samsa.Http.PostAsJsonAsync("api/vardtillfallen", new { personnummer = Patient.Personnummer, enhetHsaId = Units.Avd51Sahlgrenska });
        using var sip = await CallSamsaSipAsync(caseId, Units.Lerum);

        foreach (var refused in new[] { stay, sip })
        {
            refused.StatusCode.Should().Be((HttpStatusCode)423);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("title").GetString().Should().Be("SAMSA avvecklas");
            problem.GetProperty("detail").GetString().Should().Contain("nya vårdtillfällen och SIP:ar skapas i Samvy");
        }
    }

    [Test]
    public async Task SAMSA_does_not_become_read_only_while_a_case_or_SIP_is_active_and_names_them()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        await BeginAsync();

        using var refused = await StepAsync("skrivskydda");

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().Should().Be("Aktiva ärenden eller SIP:ar finns kvar");
        problem.GetProperty("detail").GetString().Should().Contain($"ärende SAMSA:{caseId} ({Units.Avd51SahlgrenskaName}, {Patient.Display})")
            .And.Contain($"SIP SAMSA:{sipId}");
        (await StatusAsync()).GetProperty("lage").GetString().Should().Be("avveckling");
    }

    [Test]
    public async Task A_read_only_SAMSA_refuses_every_change_in_Swedish_but_shows_its_history_also_after_a_restart()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        var stayId = await StayOfCaseAsync(caseId);
        await ShutDownAsync(caseId, sipId, readOnly: false);

        using var done = await StepAsync("skrivskydda");

        done.StatusCode.Should().Be(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        var status = await done.Content.ReadFromJsonAsync<JsonElement>();
        status.GetProperty("lage").GetString().Should().Be("skrivskyddad");
        References(status, "aktivaArenden").Should().BeEmpty();
        References(status, "aktivaSipar").Should().BeEmpty();
        await AssertReadOnlyAsync(caseId, stayId);

        await Tenants.StopAppAsync(SimulatedApp.Samsa);
        await Tenants.StartAppAsync(SimulatedApp.Samsa);

        await AssertReadOnlyAsync(caseId, stayId);
    }

    [Test]
    public async Task A_notice_for_a_SAMSA_inbox_after_the_shutdown_stays_with_the_integration_instead_of_landing_unread()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        await ShutDownAsync(caseId, sipId);
        var samvyPatient = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var encounter = await Samvy.CreateEncounterAsync(samvyPatient, Units.Avd32Nal);

        using var sent = await Samvy.SendAdmissionNoticeAsync(samvyPatient, encounter, Units.Avd32Nal, Units.Lerum, TestClock.Day(7));

        sent.StatusCode.Should().Be(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var routed = await Eventually.UntilAsync(RoutedAsync, log => log.Any(m => m.GetProperty("forsok").GetInt32() > 0));
        routed.Should().ContainSingle(m => m.GetProperty("status").GetString() == "väntar" && m.GetProperty("forsok").GetInt32() > 0,
            "the refused delivery waits in the integration, not lost");
        (await Samsa.InboxAsync(Units.Lerum)).Should().ContainSingle("only the SIP invitation from before the shutdown");
    }

    [Test]
    public async Task Notices_that_a_read_only_SAMSA_keeps_refusing_do_not_hold_up_a_receipt_it_still_takes()
    {
        var (caseId, _, sipId) = await AdmitWithSipAsync();
        var stayId = await StayOfCaseAsync(caseId);
        (await Samsa.SendAdmissionNoticeAsync(stayId, Units.Alingsas, TestClock.Day(7))).EnsureSuccessStatusCode();
        var landed = await Eventually.UntilAsync(() => Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}&category=inskrivningsmeddelande"), f => f.Length > 0);
        await ShutDownAsync(caseId, sipId);
        var samvyPatient = await Samvy.CreatePatientAsync(TestPatients.Bo);
        var encounter = await Samvy.CreateEncounterAsync(samvyPatient, Units.Avd32Nal);
        for (var i = 0; i < 25; i++) // more than one delivery round takes at a time
        {
            (await Samvy.SendAdmissionNoticeAsync(samvyPatient, encounter, Units.Avd32Nal, Units.Lerum, TestClock.Day(8))).EnsureSuccessStatusCode();
        }
        (await Eventually.UntilAsync(RoutedAsync, log => log.Count(m => m.GetProperty("forsok").GetInt32() > 0) >= 20))
            .Count(m => m.GetProperty("forsok").GetInt32() > 0).Should().BeGreaterThanOrEqualTo(20, "a full round of refused notices lies ahead of the receipt");

        using var read = new HttpRequestMessage(HttpMethod.Post, $"Communication/{landed.Single().GetProperty("id").GetString()}/$las");
        ActingUnitHandler.ActAs(read, Units.Alingsas);
        (await Samvy.Http.SendAsync(read)).EnsureSuccessStatusCode();

        var timeline = await Eventually.UntilAsync(
            async () => (await Samsa.Http.GetFromJsonAsync<JsonElement>($"api/arenden/{caseId}")).GetProperty("tidslinje"),
            t => t.EnumerateArray().Any(m => m.GetProperty("last").ValueKind == JsonValueKind.String));
        timeline.EnumerateArray().Single(m => m.GetProperty("typKod").GetString() == "inskrivningsmeddelande")
            .GetProperty("last").ValueKind.Should().Be(JsonValueKind.String, "the read receipt reaches SAMSA's sender copy past the refused notices");
    }

    private async Task AssertReadOnlyAsync(int caseId, int stayId)
    {
        using var notice = await Samsa.SendAdmissionNoticeAsync(stayId, Units.Lerum, TestClock.Day(7));
        using var stay = await Samsa.Http.PostAsJsonAsync("api/vardtillfallen", new { personnummer = Patient.Personnummer, enhetHsaId = Units.Avd51Sahlgrenska });
        foreach (var refused in new[] { notice, stay })
        {
            refused.StatusCode.Should().Be((HttpStatusCode)423);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("title").GetString().Should().Be("SAMSA är skrivskyddat");
            problem.GetProperty("detail").GetString().Should().Contain("Uppgifterna går att läsa men inte ändra; arbeta i Samvy.");
        }
        var readBack = await Samsa.Http.GetFromJsonAsync<JsonElement>($"api/arenden/{caseId}");
        readBack.GetProperty("status").GetString().Should().Be("avslutat");
        readBack.GetProperty("tidslinje").GetArrayLength().Should().BeGreaterThan(0, "the case's history is still there to read");

        using var web = new WebSession(Tenants.SamsaUrl);
        await web.LoginAsync(Units.Avd51SahlgrenskaName);
        var (_, inbox) = await web.GetAsync("inkorg");
        inbox.Should().Contain("""role="status" aria-label="Avveckling av SAMSA">SAMSA är avvecklat och skrivskyddat sedan""");
        var path = $"vardtillfallen/{stayId}/skicka/kallelse-sip";
        var (_, form) = await web.GetAsync(path);
        var (status, page) = await web.PostFormAsync(path, form, new() { ["Mottagare"] = Units.Lerum, ["Motestid"] = MeetingForm, ["Deltagare"] = "Anna" });
        status.Should().Be((HttpStatusCode)423);
        page.Should().Contain("""<p role="alert">SAMSA är avvecklat och skrivskyddat sedan""");
        var invitation = (await Samsa.InboxAsync(Units.Lerum)).Should().ContainSingle("only the SIP invitation from before the shutdown").Subject;

        using var lerum = new WebSession(Tenants.SamsaUrl);
        await lerum.LoginAsync(Units.LerumName);
        var (opened, shown) = await lerum.GetAsync($"meddelanden/{invitation.GetProperty("id").GetInt32()}");
        opened.Should().Be(HttpStatusCode.OK);
        shown.Should().Contain("Kallelse till SIP");
        (await Samsa.InboxAsync(Units.Lerum)).Single().GetProperty("last").ValueKind
            .Should().Be(JsonValueKind.Null, "opening a message in a read-only SAMSA does not mark it read");
    }
}
