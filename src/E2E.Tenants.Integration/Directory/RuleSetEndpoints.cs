namespace E2E.Tenants.Integration.Directory;

/// <summary>
/// The systemval rule set in force, so a report can show it: <c>GET api/regelverk</c>, and the header
/// <c>X-Regelverk-Systemval</c> on every directory answer.
/// </summary>
public static class RuleSetEndpoints
{
    public const string Header = "X-Regelverk-Systemval";

    public sealed record RuleSetsDto(SystemChoiceRuleSet Systemval);

    public static IEndpointRouteBuilder MapRuleSet(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/regelverk").WithRuleSetHeader()
            .MapGet("", (SystemChoiceRuleSet rules) => Results.Ok(new RuleSetsDto(rules)));
        return app;
    }

    public static RouteGroupBuilder WithRuleSetHeader(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers[Header] =
                context.HttpContext.RequestServices.GetRequiredService<SystemChoiceRuleSet>().Namn;
            return await next(context);
        });
}
