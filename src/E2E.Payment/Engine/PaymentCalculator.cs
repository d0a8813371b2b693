using E2E.Payment.Basis;
using E2E.Payment.RuleSets;

namespace E2E.Payment.Engine;

/// <summary>The payment engine: payable days and amounts per municipality and patient for a month.</summary>
public static class PaymentCalculator
{
    /// <summary>From both systems' payment basis rows, joined so that each patient and each day counts once.</summary>
    public static PaymentResult Calculate(IEnumerable<PaymentBasisRow> rows, PaymentRuleSet rules, Month month, DateOnly? countUntil = null) =>
        Calculate(ReadinessEpisodes.From(rows), rules, month, countUntil);

    /// <summary>
    /// From periods of readiness. A patient still ready is counted up to <paramref name="countUntil"/> (today) or
    /// the end of the month, whichever comes first.
    /// </summary>
    public static PaymentResult Calculate(IReadOnlyList<ReadinessEpisode> episodes, PaymentRuleSet rules, Month month, DateOnly? countUntil = null)
    {
        var until = countUntil is { } day && day < month.Last ? day : month.Last;
        var municipalities = (rules.Model == PaymentModel.MonthlyAverage
                ? AverageModel.Calculate(episodes, rules, month)
                : IndividualModel.Calculate(episodes, rules, month, until))
            .OrderBy(m => m.Kommun, StringComparer.Ordinal).ToList();
        return new PaymentResult(rules.Name, rules.Model, month.ToString(),
            municipalities.Sum(m => m.Days), municipalities.Sum(m => m.Amount), municipalities);
    }
}
