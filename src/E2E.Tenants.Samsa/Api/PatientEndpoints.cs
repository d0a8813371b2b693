using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Identity;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Api;

public sealed record PatientInput(
    string? Personnummer, string? Fornamn, string? Efternamn, string? Gatuadress, string? Postnummer, string? Postort)
{
    /// <summary>Instead of a personnummer: a reserve number and its issuer OID (VGR's when left out).</summary>
    public string? Reservnummer { get; init; }
    public string? ReservnummerOid { get; init; }
}

/// <summary>SAMSA's patient register: upsert by personnummer or reserve identity (a linked one files under the personnummer).</summary>
public static class PatientEndpoints
{
    public static IEndpointRouteBuilder MapPatients(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/patienter", async (PatientInput input, SamsaDb db, SimulationState sim, CancellationToken ct) =>
        {
            var (key, problem) = PatientIdentity.FromInput(input.Personnummer, input.Reservnummer, input.ReservnummerOid);
            var errors = new Dictionary<string, string[]>();
            if (problem is not null)
            {
                errors[string.IsNullOrWhiteSpace(input.Reservnummer) ? "personnummer" : "reservnummer"] = [problem];
            }
            if (string.IsNullOrWhiteSpace(input.Fornamn) || string.IsNullOrWhiteSpace(input.Efternamn))
            {
                errors["namn"] = ["Ange förnamn och efternamn."];
            }
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "Patienten kunde inte sparas");
            }
            key = await db.ResolveAsync(key!, sim.ValueOnly(), ct);
            var patient = await db.Patienter.FindAsync([key], ct);
            if (patient is null)
            {
                patient = new Patient { Personnummer = key, Fornamn = input.Fornamn!, Efternamn = input.Efternamn! };
                db.Patienter.Add(patient);
            }
            (patient.Fornamn, patient.Efternamn) = (input.Fornamn!.Trim(), input.Efternamn!.Trim());
            (patient.Gatuadress, patient.Postnummer, patient.Postort) =
                (input.Gatuadress?.Trim() ?? string.Empty, input.Postnummer?.Trim() ?? string.Empty, input.Postort?.Trim() ?? string.Empty);
            await db.SaveChangesAsync(ct);
            return Results.Created($"api/patienter/{Uri.EscapeDataString(key)}", new
            {
                personnummer = Personnummer.Display(key),
                patient.Fornamn, patient.Efternamn, patient.Gatuadress, patient.Postnummer, patient.Postort,
            });
        });
        return app;
    }
}
