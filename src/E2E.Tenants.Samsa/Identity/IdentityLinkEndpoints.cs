using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Identity;

public sealed record IdentityLinkInput(string? Reservnummer, string? ReservnummerOid, string? Personnummer);

/// <summary>Sammankoppling: linking a reserve identity to the real personnummer, here and (via the integration) in Samvy.</summary>
public static class IdentityLinkEndpoints
{
    public static IEndpointRouteBuilder MapIdentityLinking(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/patienter/sammankoppling", async (IdentityLinkInput input, IdentityLinker linker, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var (reserveKey, reserveProblem) = string.IsNullOrWhiteSpace(input.Reservnummer)
                ? (null, "Ange reservnumret som ska kopplas.")
                : PatientIdentity.FromInput(null, input.Reservnummer, input.ReservnummerOid);
            if (reserveProblem is not null)
            {
                errors["reservnummer"] = [reserveProblem];
            }
            var pnr = Personnummer.Normalize(input.Personnummer);
            if (pnr is null)
            {
                errors["personnummer"] = ["Personnumret ska skrivas ÅÅÅÅMMDD-NNNN."];
            }
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "Identiteterna kunde inte kopplas ihop");
            }
            var refiled = await linker.LinkAsync(reserveKey!, pnr!, forward: true, ct);
            return Results.Ok(new
            {
                personnummer = Personnummer.Display(pnr!),
                reservnummer = PatientIdentity.ReserveOf(reserveKey!)!.Value.Value,
                reservnummerOid = PatientIdentity.ReserveOf(reserveKey!)!.Value.Oid,
                omkopplade = refiled.Select(PatientIdentity.Display),
            });
        }).WithSummary("Koppla ihop ett reservnummer med patientens personnummer (sammankoppling) i SAMSA och Samvy");
        app.MapPost("api/integration/sammankopplingar", async (RoutedIdentityLink link, IdentityLinker linker, CancellationToken ct) =>
        {
            await linker.LinkAsync(link.ReserveKey, link.Personnummer, forward: false, ct);
            return Results.NoContent();
        });
        return app;
    }
}
