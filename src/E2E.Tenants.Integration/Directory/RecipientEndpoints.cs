using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Data;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Directory;

/// <summary>
/// <c>api/mottagarval/{system}</c>: the inboxes a system's recipient picker offers on a date, and one unit's
/// entry. SAMSA and Samvy build their pickers, search and checks on this, so they offer exactly these inboxes.
/// </summary>
public static class RecipientEndpoints
{
    public static IEndpointRouteBuilder MapRecipients(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/mottagarval/{system}").WithRuleSetHeader();
        group.MapGet("", async (string system, string? datum, IntegrationDb db, RecipientDirectory recipients, DirectoryDate dates, CancellationToken ct) =>
        {
            if (Picker(system) is not { } picker)
            {
                return UnknownSystem(system);
            }
            if (dates.Parse(datum) is not { } date)
            {
                return DirectoryDate.Invalid(datum);
            }
            var units = await db.Units.AsNoTracking().ToListAsync(ct);
            return Results.Ok(recipients.For(picker, units, date).OrderBy(r => r.Namn, DirectoryEndpoints.SwedishOrder));
        });
        group.MapGet("{hsaId}", async (string system, string hsaId, string? datum, IntegrationDb db, RecipientDirectory recipients, DirectoryDate dates, CancellationToken ct) =>
        {
            if (Picker(system) is not { } picker)
            {
                return UnknownSystem(system);
            }
            if (dates.Parse(datum) is not { } date)
            {
                return DirectoryDate.Invalid(datum);
            }
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.HsaId == hsaId, ct);
            return unit is not null && recipients.Recipient(picker, unit, date) is { } recipient
                ? Results.Ok(recipient)
                : Results.Problem($"Enheten {hsaId} kan inte väljas som mottagare i {picker}.", statusCode: 404, title: "Ingen sådan mottagare");
        });
        return app;
    }

    private static string? Picker(string system) =>
        new[] { SystemNames.Samsa, SystemNames.Samvy }.FirstOrDefault(s => string.Equals(s, system, StringComparison.OrdinalIgnoreCase));

    private static IResult UnknownSystem(string system) => Results.Problem(
        $"Okänt system \"{system}\". Ange {SystemNames.Samsa} eller {SystemNames.Samvy}.", statusCode: 400, title: "Okänt system");
}
