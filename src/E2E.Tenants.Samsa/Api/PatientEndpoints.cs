using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samsa.Data;

namespace E2E.Tenants.Samsa.Api;

public sealed record PatientInput(
    string? Personnummer, string? Fornamn, string? Efternamn, string? Gatuadress, string? Postnummer, string? Postort);

/// <summary>SAMSA's patient register: upsert by personnummer.</summary>
public static class PatientEndpoints
{
    public static IEndpointRouteBuilder MapPatients(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/patienter", async (PatientInput input, SamsaDb db, CancellationToken ct) =>
        {
            var pnr = Personnummer.Normalize(input.Personnummer);
            var errors = new Dictionary<string, string[]>();
            if (pnr is null)
            {
                errors["personnummer"] = ["Personnumret ska skrivas ÅÅÅÅMMDD-NNNN."];
            }
            if (string.IsNullOrWhiteSpace(input.Fornamn) || string.IsNullOrWhiteSpace(input.Efternamn))
            {
                errors["namn"] = ["Ange förnamn och efternamn."];
            }
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "Patienten kunde inte sparas");
            }
            var patient = await db.Patienter.FindAsync([pnr!], ct);
            if (patient is null)
            {
                patient = new Patient { Personnummer = pnr!, Fornamn = input.Fornamn!, Efternamn = input.Efternamn! };
                db.Patienter.Add(patient);
            }
            (patient.Fornamn, patient.Efternamn) = (input.Fornamn!.Trim(), input.Efternamn!.Trim());
            (patient.Gatuadress, patient.Postnummer, patient.Postort) =
                (input.Gatuadress?.Trim() ?? string.Empty, input.Postnummer?.Trim() ?? string.Empty, input.Postort?.Trim() ?? string.Empty);
            await db.SaveChangesAsync(ct);
            return Results.Created($"api/patienter/{pnr}", new
            {
                personnummer = Personnummer.Display(pnr!),
                patient.Fornamn, patient.Efternamn, patient.Gatuadress, patient.Postnummer, patient.Postort,
            });
        });
        return app;
    }
}
