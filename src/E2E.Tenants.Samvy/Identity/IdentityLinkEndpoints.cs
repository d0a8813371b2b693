using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Identity;

/// <summary>
/// Sammankoppling: <c>POST fhir/Patient/{id}/$sammankoppla</c> (Parameters <c>personnummer</c>) links a reserve-number
/// patient to the real personnummer here and, through the integration, in SAMSA; the integration delivers SAMSA's links.
/// </summary>
public static class IdentityLinkEndpoints
{
    public static RouteGroupBuilder MapIdentityLinking(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("Patient/{id}/$sammankoppla", async (string id, HttpRequest request, PatientStore patients, IdentityLinker linker, CancellationToken ct) =>
        {
            var patient = await patients.GetAsync(id, ct);
            if (patient is null)
            {
                return FhirResults.NotFound("Patient", id);
            }
            var reserveKey = patient.PersonnummerOf() is null ? patient.IdentityKeyOf() : null;
            if (reserveKey is null)
            {
                return FhirResults.Outcome(422, OperationOutcome.IssueType.BusinessRule, "Patienten har inget reservnummer att koppla ihop.");
            }
            var parameter = (await request.ReadResourceAsync<Parameters>(ct)).GetSingle("personnummer")?.Value;
            var pnr = Personnummer.Normalize(parameter switch { Identifier i => i.Value, FhirString s => s.Value, _ => null });
            if (pnr is null)
            {
                return FhirResults.Outcome(400, OperationOutcome.IssueType.Invalid, "Parametern personnummer ska vara ett personnummer ÅÅÅÅMMDDNNNN (valueIdentifier eller valueString).");
            }
            return FhirResults.Resource((await linker.LinkAsync(reserveKey, pnr, forward: true, ct))!);
        });
        return fhir;
    }

    public static IEndpointRouteBuilder MapInboundIdentityLinks(this IEndpointRouteBuilder app)
    {
        app.MapPost("integration/sammankopplingar", async (RoutedIdentityLink link, IdentityLinker linker, CancellationToken ct) =>
        {
            await linker.LinkAsync(link.ReserveKey, link.Personnummer, forward: false, ct);
            return Results.NoContent();
        });
        return app;
    }
}
