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
}
