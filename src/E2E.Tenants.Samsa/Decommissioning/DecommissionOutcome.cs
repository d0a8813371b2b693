namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>The answer to one step of the decommissioning: a body to show, or a refusal with its Swedish text.</summary>
public sealed record DecommissionOutcome(int Status, object? Body, string? Title = null, string? Detail = null)
{
    public static DecommissionOutcome Done(object body, int status = 200) => new(status, body);

    public static DecommissionOutcome Refused(int status, string title, string detail) => new(status, null, title, detail);

    public IResult ToResult() => Body is not null
        ? Results.Json(Body, statusCode: Status)
        : Results.Problem(Detail, statusCode: Status, title: Title);
}
