using System.Globalization;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Directory;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// The staff directory (simulated HSA catalogue): who exists and which assignments they hold. Both tenants ask it
/// when someone logs in or asks for a token; each tenant then keeps only the assignments valid in its own system.
/// </summary>
public static class StaffEndpoints
{
    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/personal");
        group.MapGet("", async (IntegrationDb db, SystemChoice choice, SimulationState state, CancellationToken ct) =>
            Results.Ok((await StaffRoster.ForDateAsync(db, choice, state.Today, ct))
                .OrderBy(p => p.Namn, SwedishOrder).ThenBy(p => p.HsaId, StringComparer.Ordinal)
                .Select(p => new PersonDto(p.HsaId, p.Namn))));
        group.MapGet("{hsaId}", async (string hsaId, IntegrationDb db, SystemChoice choice, SimulationState state, CancellationToken ct) =>
            await StaffRoster.ForPersonAsync(db, choice, hsaId, state.Today, ct) is { } person
                ? Results.Ok(person)
                : Results.Problem($"Personen {hsaId} finns inte i personalkatalogen.", statusCode: 404, title: "Okänd person"));
        return app;
    }
}
