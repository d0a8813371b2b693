namespace E2E.Tenants.Integration.Directory;

/// <summary>
/// The rule sets in force, so a report can show them: <c>GET api/regelverk</c> (systemval, and the payment rule
/// sets with the default), and the header <c>X-Regelverk-Systemval</c> on every directory answer.
/// </summary>
public static class RuleSetEndpoints
{
    public const string Header = "X-Regelverk-Systemval";

    public sealed record RuleSetsDto(
        SystemChoiceRuleSet Systemval, IReadOnlyList<E2E.Payment.RuleSets.PaymentRuleSet> Betalning, string BetalningStandard);

    public static IEndpointRouteBuilder MapRuleSet(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/regelverk").WithRuleSetHeader()
            .MapGet("", (SystemChoiceRuleSet rules, E2E.Payment.RuleSets.PaymentRuleSetCatalogue payment) =>
                Results.Ok(new RuleSetsDto(rules, payment.All, E2E.Payment.RuleSets.PaymentRuleSetCatalogue.DefaultName)));
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
