using System.Globalization;
using E2E.Tenants.Integration.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Directory;

/// <summary>Millenniumenheter: which system and inbox a unit uses on a date (today on the tenants' clock by default).</summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/enheter").WithRuleSetHeader();
        group.MapGet("", async (string? datum, IntegrationDb db, SystemChoice choice, DirectoryDate dates, CancellationToken ct) =>
        {
            if (dates.Parse(datum) is not { } date)
            {
                return DirectoryDate.Invalid(datum);
            }
            var units = await db.Units.AsNoTracking().ToListAsync(ct);
            return Results.Ok(units.OrderBy(u => u.Namn, SwedishOrder).Select(u => choice.Describe(u, date)));
        });
        group.MapGet("{hsaId}", async (string hsaId, string? datum, IntegrationDb db, SystemChoice choice, DirectoryDate dates, CancellationToken ct) =>
        {
            if (dates.Parse(datum) is not { } date)
            {
                return DirectoryDate.Invalid(datum);
            }
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.HsaId == hsaId, ct);
            return unit is null ? UnknownUnit(hsaId) : Results.Ok(choice.Describe(unit, date));
        });
        app.MapRecipients();
        app.MapRuleSet();
        return app;
    }

    public static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    public static IResult UnknownUnit(string hsaId) =>
        Results.Problem($"Enheten {hsaId} finns inte i katalogen.", statusCode: 404, title: "Okänd enhet");
}
