using E2E.Payment.Engine;
using E2E.Payment.FollowUp;
using E2E.Payment.RuleSets;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// The combined calculation (samkörning): both systems' payment basis, joined and run through the payment engine
/// under a named rule set, and the monthly follow-up per municipality.
/// </summary>
public static class CombinedPaymentEndpoints
{
    public static IServiceCollection AddCombinedPayment(this IServiceCollection services)
    {
        services.AddSingleton(_ => PaymentRuleSetCatalogue.Load(Environment.GetEnvironmentVariable(PaymentRuleSetCatalogue.OverrideEnvironmentVariable)));
        services.AddHttpClient(PaymentBasisClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<PaymentBasisClient>();
        return services;
    }

    public static IEndpointRouteBuilder MapCombinedPayment(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/betalning", async (string? manad, string? regelverk, string? kommun,
            PaymentRuleSetCatalogue catalogue, PaymentBasisClient basis, SimulationState sim, CancellationToken ct) =>
        {
            if (!Month.TryParse(manad, out var month))
            {
                return InvalidMonth(manad);
            }
            if (!catalogue.TryGet(regelverk, out var rules))
            {
                return Results.Problem(catalogue.UnknownMessage(regelverk!), statusCode: 400, title: "Okänt regelverk");
            }
            return await CombinedAsync(basis, month, kommun, rows =>
                PaymentCalculator.Calculate(PaymentFaults.ForPayment(rows, sim), rules, month, sim.Today), ct);
        });
        app.MapGet("api/uppfoljning", async (string? manad, string? kommun, PaymentBasisClient basis, SimulationState sim, CancellationToken ct) =>
            Month.TryParse(manad, out var month)
                ? await CombinedAsync(basis, month, kommun, rows => MonthlyFollowUp.Calculate(PaymentFaults.ForFollowUp(rows, sim), month), ct)
                : InvalidMonth(manad));
        return app;
    }

    private static async Task<IResult> CombinedAsync<T>(
        PaymentBasisClient basis, Month month, string? kommun, Func<IReadOnlyList<E2E.Payment.Basis.PaymentBasisRow>, T> calculate, CancellationToken ct)
    {
        try
        {
            return Results.Ok(calculate(await basis.FetchAsync(month, kommun, ct)));
        }
        catch (PaymentBasisUnavailableException ex)
        {
            return Results.Problem(ex.Message, statusCode: 503, title: "Betalningsunderlag saknas");
        }
    }

    private static IResult InvalidMonth(string? manad) =>
        Results.Problem($"Månaden \"{manad}\" ska skrivas som ÅÅÅÅ-MM.", statusCode: 400, title: "Ogiltig månad");
}
