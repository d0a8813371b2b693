using System.Net;
using System.Net.Http.Json;
using E2E.Tenants.Tests.Support;
using FluentAssertions;

namespace E2E.Tenants.Tests.Payment;

/// <summary>Seeds payment events in SAMSA and Samvy through their test-only route, as the messaging code would record them.</summary>
public static class PaymentBasisSeeding
{
    public const string Lerum = "Lerum";

    public static async Task SeedAsync(this HttpClient tenant, params object[] events)
    {
        using var response = await tenant.PostAsJsonAsync("_sim/betalningshandelser", events);
        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static object Event(string handelse, string tidpunkt, string enhet = Units.Avd32Nal, string? personnummer = null) =>
        new { handelse, personnummer = personnummer ?? TestPatients.Anna.Personnummer, kommun = Lerum, enhetHsaId = enhet, tidpunkt };

    /// <summary>
    /// rules.md's worked example with a move: Anna on Avdelning 32 NÄL (Samvy), notices to Lerum (SAMSA), moved to
    /// Avdelning 51 Sahlgrenska (SAMSA) on Sunday 8 March, discharged there on Wednesday 11 March. Samvy holds the
    /// notices it sent and the move out; SAMSA the notices Lerum received, the move in and the discharge.
    /// </summary>
    public static async Task SeedMovedPatientAsync(HttpClient samsa, HttpClient samvyRoot)
    {
        object[] notices =
        [
            Event("inskrivningsmeddelande", "2026-03-02T10:00:00+01:00"),
            Event("utskrivningsklar", "2026-03-06T10:00:00+01:00"),
            Event("flyttad", "2026-03-08T11:00:00+01:00"),
        ];
        await samvyRoot.SeedAsync(notices);
        await samsa.SeedAsync([.. notices, Event("utskriven", "2026-03-11T14:00:00+01:00", Units.Avd51Sahlgrenska)]);
    }
}
