using E2E.Payment.Basis;
using E2E.Payment.Engine;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// A tenant's payment basis export (betalningsunderlag) and its test-only seeding route; SAMSA and Samvy map the
/// same contract at their own address.
/// </summary>
public static class PaymentBasisEndpoints
{
    public const string SeedRoute = "_sim/betalningshandelser";

    public static IEndpointRouteBuilder MapPaymentBasis<TDb>(this IEndpointRouteBuilder app, string exportRoute, string system)
        where TDb : DbContext
    {
        app.MapGet(exportRoute, async (string? fran, string? till, TDb db, CancellationToken ct) =>
        {
            var (from, until) = (Dates.Parse(fran), Dates.Parse(till));
            if ((!string.IsNullOrEmpty(fran) && from is null) || (!string.IsNullOrEmpty(till) && until is null))
            {
                return Results.Problem("fran och till ska skrivas som ÅÅÅÅ-MM-DD.", statusCode: 400, title: "Ogiltigt datum");
            }
            // Swedish calendar days as UTC bounds, so that the database filters on its index instead of sending everything.
            var query = db.Set<PaymentEventRecord>().AsNoTracking();
            if (from is { } first)
            {
                var lo = SwedishTime.FromSwedish(first.ToDateTime(TimeOnly.MinValue));
                query = query.Where(e => e.Tidpunkt >= lo);
            }
            if (until is { } last)
            {
                var hi = SwedishTime.FromSwedish(last.AddDays(1).ToDateTime(TimeOnly.MinValue));
                query = query.Where(e => e.Tidpunkt < hi);
            }
            var stored = await query.OrderBy(e => e.Tidpunkt).ThenBy(e => e.Id).ToListAsync(ct);
            return Results.Ok(stored.Select(e => ToRow(e, system)));
        });
        app.MapPost(SeedRoute, async (PaymentBasisSeed[] events, TDb db, CancellationToken ct) =>
        {
            if (events.Select(e => PaymentEventLog.Problem(e.Handelse, e.Personnummer, e.Kommun, e.EnhetHsaId)).FirstOrDefault(p => p is not null) is { } problem)
            {
                return Results.Problem(problem, statusCode: 400, title: "Ogiltig betalningshändelse");
            }
            foreach (var e in events)
            {
                db.RecordPaymentEvent(e.Handelse!, e.Personnummer!, e.Kommun!, e.EnhetHsaId!, e.Tidpunkt);
            }
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });
        return app;
    }

    private static PaymentBasisRow ToRow(PaymentEventRecord e, string system) => new()
    {
        System = system, Personnummer = e.Personnummer, Kommun = e.Kommun, EnhetHsaId = e.EnhetHsaId, Handelse = e.Handelse,
        Tidpunkt = SwedishCalendar.Local(new DateTimeOffset(DateTime.SpecifyKind(e.Tidpunkt, DateTimeKind.Utc))),
    };
}

/// <summary>A payment event as the test-only seeding route takes it (the export row without its system).</summary>
public sealed record PaymentBasisSeed(string? Handelse, string? Personnummer, string? Kommun, string? EnhetHsaId, DateTimeOffset Tidpunkt);
