using Hl7.Fhir.Model;

namespace E2E.Tenants.Samvy.Fhir;

/// <summary>A request the FHIR API refuses; becomes an OperationOutcome with a Swedish diagnostic.</summary>
public sealed class FhirRequestException(int status, OperationOutcome.IssueType code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public OperationOutcome.IssueType Code { get; } = code;
}
