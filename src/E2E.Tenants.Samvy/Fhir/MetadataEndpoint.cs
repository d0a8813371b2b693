using E2E.Tenants.Integration.Simulation;
using Hl7.Fhir.Model;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>GET fhir/metadata: what this server supports, so a client can check before it relies on it.</summary>
public static class MetadataEndpoint
{
    public static RouteGroupBuilder MapMetadata(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("metadata", (TimeProvider clock) => FhirResults.Resource(Build(clock)));
        return fhir;
    }

    private static CapabilityStatement Build(TimeProvider clock) => new()
    {
        Status = PublicationStatus.Active,
        Date = SwedishTime.Now(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Kind = CapabilityStatementKind.Instance,
        Software = new SoftwareComponent { Name = "Samvy (simulerad)", Version = "0.1" },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["json"],
        Rest =
        [
            new RestComponent
            {
                Mode = RestfulCapabilityMode.Server,
                Resource =
                [
                    Resource("Patient", [TypeRestfulInteraction.Create, TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("identifier", SearchParamType.Token)),
                    Resource("Encounter", [TypeRestfulInteraction.Create, TypeRestfulInteraction.Read]),
                    Resource("EpisodeOfCare", [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType], ("patient", SearchParamType.Reference)),
                    Resource("Communication", [TypeRestfulInteraction.Create, TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("recipient", SearchParamType.Reference), ("subject", SearchParamType.Reference), ("category", SearchParamType.Token)),
                    Resource("Organization", [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("name", SearchParamType.String), ("identifier", SearchParamType.Token)),
                    Resource("DocumentReference", [TypeRestfulInteraction.Read]),
                    Resource("Binary", [TypeRestfulInteraction.Read]),
                    Resource("CarePlan", [TypeRestfulInteraction.Create, TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("patient", SearchParamType.Reference)),
                    Resource("Flag", [TypeRestfulInteraction.Read, TypeRestfulInteraction.SearchType],
                        ("patient", SearchParamType.Reference), ("subject:identifier", SearchParamType.Token)),
                ],
            },
        ],
    };

    private static ResourceComponent Resource(string type, TypeRestfulInteraction[] interactions, params (string Name, SearchParamType Type)[] search) => new()
    {
        Type = type,
        Interaction = [.. interactions.Select(i => new ResourceInteractionComponent { Code = i })],
        SearchParam = [.. search.Select(s => new CapabilityStatement.SearchParamComponent { Name = s.Name, Type = s.Type })],
    };
}
