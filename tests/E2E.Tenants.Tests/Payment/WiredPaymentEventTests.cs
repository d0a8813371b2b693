using System.Net.Http.Json;
using System.Text.Json;
using E2E.Tenants.Tests.Messaging;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Payment;

/// <summary>
/// The payment basis is written by the messaging itself: the rules.md worked example sent as real messages through
/// both tenants (readiness from a Samvy ward, a move to a SAMSA ward, discharge from there) pays 2 days.
/// </summary>
public sealed class WiredPaymentEventTests : PaymentTestBase
{
    private MessagingClient messaging = null!;

    [SetUp]
    public void NewClient() => messaging = new MessagingClient(Samsa, Samvy);

    [Test]
    public async Task The_worked_example_sent_through_both_tenants_pays_two_days_for_the_municipality()
    {
        await SetClockAsync("2026-03-05T10:00:00+01:00");
        var samvyStay = await messaging.AdmitAsync(new Direction(Direction.Samvy, Direction.Samsa), TestPatients.Anna);
        await SendAsync(samvyStay, Types.Admission, new() { ["beraknatUtskrivningsdatum"] = "2026-03-11" });
        await messaging.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 1); // received before the readiness
        await SetClockAsync("2026-03-06T09:00:00+01:00");
        await SendAsync(samvyStay, Types.DischargeReady, []);
        await messaging.EventuallyInboxAsync(Direction.Samsa, Units.Lerum, 2);

        await SetClockAsync("2026-03-08T12:00:00+01:00"); // Sunday: moved to a SAMSA ward
        var samsaStay = await Samsa.AdmitAsync(TestPatients.Anna, Units.Avd51Sahlgrenska, DateTimeOffset.Parse("2026-03-08T12:00:00+01:00"));
        await SetClockAsync("2026-03-11T10:00:00+01:00");
        await SendAsync(new Admitted(new Direction(Direction.Samsa, Direction.Samsa), samsaStay, 0, "", ""),
            Types.Discharge, new() { ["utskrivningstid"] = "2026-03-11T10:00:00+01:00" });

        var lerum = Lerum(await PaymentAsync("manad=2026-03&kommun=Lerum"));
        var patient = lerum.GetProperty("patienter").EnumerateArray().Should().ContainSingle().Subject;
        (lerum.GetProperty("betaldagar").GetInt32(), lerum.GetProperty("belopp").GetDecimal()).Should().Be((2, 18600m));
        patient.GetProperty("dagar").EnumerateArray().Select(d => d.GetString()).Should().Equal("2026-03-09", "2026-03-10");
        patient.GetProperty("system").EnumerateArray().Select(s => s.GetString()).Should().Equal("SAMSA", "Samvy");
        (await EventsAsync(Samsa.Http, "api/betalningsunderlag?fran=2026-03-01&till=2026-03-31"))
            .Should().Equal("inskrivningsmeddelande", "utskrivningsklar", "flyttad", "utskriven");
        (await EventsAsync(SamvyRoot, "export/betalningsunderlag?fran=2026-03-01&till=2026-03-31")).Should().Equal("utskrivningsklar");
    }

    private async Task SendAsync(Admitted from, string type, Dictionary<string, object?> data)
    {
        using var response = await messaging.TrySendAsync(from, type, Units.Lerum, data);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string?[]> EventsAsync(HttpClient http, string query) =>
        [.. (await http.GetFromJsonAsync<JsonElement[]>(query))!.Select(r => r.GetProperty("handelse").GetString())];
}
