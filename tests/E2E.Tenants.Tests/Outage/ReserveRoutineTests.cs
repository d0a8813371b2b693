using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Host;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Outage;

/// <summary>
/// P11: while Samvy is down the integration's reserve routine holds the messages meant for Samvy inboxes and lists
/// them per recipient unit; after recovery each reaches its inbox exactly once, marked as carried by the routine.
/// </summary>
public sealed class ReserveRoutineTests : TenantsTestBase
{
    private const string ReserveExtension = "https://e2e.vgregion.example/fhir/StructureDefinition/reservrutin";

    // The estimate of the notice sent during the outage, and another for the marker sent after it.
    private static readonly string HeldEstimate = TestClock.Day(1);
    private static readonly string MarkerEstimate = TestClock.Day(9);

    [Test]
    public async Task During_the_outage_Samvy_answers_503_and_the_reserve_routine_lists_the_message_for_its_unit()
    {
        await SendDuringOutageAsync(HeldEstimate);

        using var api = await Samvy.Http.GetAsync("metadata");
        using var web = new WebSession(Tenants.SamvyUrl);
        var (uiStatus, uiText) = await web.GetAsync("meddelandecenter");
        var held = (await HeldAsync(Units.Alingsas)).Should().ContainSingle().Subject;
        var page = WebUtility.HtmlDecode(await Integration.GetStringAsync($"reservrutin?enhet={Units.Alingsas}"));

        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (uiStatus, uiText).Should().Be((HttpStatusCode.ServiceUnavailable, "Samvy är inte tillgängligt just nu (driftsstörning). Försök igen senare."));
        held.GetProperty("mottagare").GetString().Should().Be(Units.AlingsasName);
        held.GetProperty("typNamn").GetString().Should().Be("Inskrivningsmeddelande");
        held.GetProperty("personnummer").GetString().Should().Be(TestPatients.Bo.Display);
        held.GetProperty("beraknatUtskrivningsdatum").GetString().Should().Be(HeldEstimate);
        held.GetProperty("overtagen").GetDateTimeOffset().Should().BeCloseTo(TestClock.Now, TimeSpan.FromMinutes(1), "the routine stamps it on the tenants' clock");
        page.Should().Contain($"aria-label=\"Reservrutin – {Units.AlingsasName}\"").And.Contain(TestPatients.Bo.FullName);
        (await HeldAsync(Units.Lerum)).Should().BeEmpty("each unit reads only what was meant for it");
    }

    // Fault: dubbletter-efter-driftsstorning
    [TestCase(false, 1)]
    [TestCase(true, 2)]
    public async Task After_recovery_the_carried_message_lands_once_marked_or_twice_with_the_fault(bool fault, int expected)
    {
        await SwitchFaultAsync("dubbletter-efter-driftsstorning", fault);
        await SendDuringOutageAsync(HeldEstimate);

        await SwitchFaultAsync("samvy-nere", on: false);
        var notices = await EventuallyNoticesAsync(marker: MarkerEstimate);

        notices.Count(n => Estimate(n) == HeldEstimate).Should().Be(expected);
        notices.Where(n => Estimate(n) == HeldEstimate).Should().Contain(n => ReserveTime(n) != null, "the inbox shows it came by the reserve routine");
        notices.Where(n => Estimate(n) == MarkerEstimate).Should().OnlyContain(n => ReserveTime(n) == null);
        (await HeldAsync(null)).Should().BeEmpty("the reserve list empties after recovery");
        using var web = new WebSession(Tenants.SamvyUrl);
        await web.LoginAsync(Units.AlingsasName);
        (await web.GetAsync("meddelandecenter")).Html.Should().Contain("(via reservrutinen)");
    }

    [Test]
    public async Task A_restart_of_the_integration_during_the_outage_keeps_the_reserve_list_and_delivers_once()
    {
        await SendDuringOutageAsync(HeldEstimate);
        var before = (await HeldAsync(Units.Alingsas)).Single().GetProperty("overtagen").GetDateTimeOffset();

        await Tenants.StopAppAsync(SimulatedApp.Integration);
        await Tenants.StartAppAsync(SimulatedApp.Integration);
        var after = (await HeldAsync(Units.Alingsas)).Should().ContainSingle().Subject;
        await SwitchFaultAsync("samvy-nere", on: false);
        var notices = await EventuallyNoticesAsync(marker: MarkerEstimate);

        after.GetProperty("overtagen").GetDateTimeOffset().Should().Be(before);
        notices.Select(Estimate).Should().BeEquivalentTo([HeldEstimate, MarkerEstimate]);
    }

    /// <summary>Takes Samvy down and sends a SAMSA admission notice to Alingsås; waits until the routine holds it.</summary>
    private async Task SendDuringOutageAsync(string estimate)
    {
        await SwitchFaultAsync("samvy-nere", on: true);
        var stay = await Samsa.AdmitAsync(TestPatients.Bo, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, estimate)).EnsureSuccessStatusCode();
        await Eventually.UntilAsync(() => HeldAsync(Units.Alingsas), held => held.Length > 0);
    }

    /// <summary>
    /// Sends a later marker and waits for it: anything held back that would arrive twice has arrived by then.
    /// </summary>
    private async Task<JsonElement[]> EventuallyNoticesAsync(string marker)
    {
        var stay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska);
        (await Samsa.SendAdmissionNoticeAsync(stay, Units.Alingsas, marker)).EnsureSuccessStatusCode();
        return await Eventually.UntilAsync(
            () => Samvy.SearchAsync($"Communication?recipient=Organization/{Units.Alingsas}&category=inskrivningsmeddelande"),
            found => found.Any(n => Estimate(n) == marker));
    }

    private async Task<JsonElement[]> HeldAsync(string? unit) =>
        await Integration.GetFromJsonAsync<JsonElement[]>($"api/reservrutin?enhet={unit}") ?? [];


    private static string? Estimate(JsonElement notice) => Extension(notice, SamvyFhir.DischargeExtension)?.GetProperty("valueDate").GetString();

    private static string? ReserveTime(JsonElement notice) => Extension(notice, ReserveExtension)?.GetProperty("valueDateTime").GetString();

    private static JsonElement? Extension(JsonElement notice, string url) =>
        notice.TryGetProperty("extension", out var all) && all.EnumerateArray().FirstOrDefault(e => e.GetProperty("url").GetString() == url) is
            { ValueKind: JsonValueKind.Object } found ? found : null;
}
