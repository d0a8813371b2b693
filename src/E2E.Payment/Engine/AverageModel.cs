using E2E.Payment.RuleSets;

namespace E2E.Payment.Engine;

/// <summary>
/// Monthly average per municipality: the average number of days from day 0 to discharge over the discharges
/// (with both notices received) in the rolling window; above the threshold, the days over it are paid for each of
/// the month's discharges. Illustrative numbers, not VGR's.
/// </summary>
internal static class AverageModel
{
    public static IEnumerable<MunicipalityPayment> Calculate(IReadOnlyList<ReadinessEpisode> episodes, PaymentRuleSet rules, Month month)
    {
        var windowStart = month.Plus(1 - rules.RollingMonths).First;
        return episodes
            .Where(e => e.End == EpisodeEnd.Discharged && e.AdmissionNoticeReceived)
            .Select(e => (e.Patient.Kommun, Discharged: e.EndDate!.Value, Days: (decimal)(e.EndDate!.Value.DayNumber - PayableDays.DayZero(e, rules).DayNumber)))
            .Where(d => d.Discharged >= windowStart && d.Discharged <= month.Last)
            .GroupBy(d => d.Kommun)
            .Select(kommun =>
            {
                var rolling = Math.Round(kommun.Average(d => d.Days), 2);
                var inMonth = kommun.Count(d => month.Contains(d.Discharged));
                var days = rolling > rules.ThresholdDays ? (rolling - rules.ThresholdDays) * inMonth : 0m;
                return new MunicipalityPayment(kommun.Key, days, Math.Round(days * rules.AmountPerDay(month.Year), 2), [], inMonth, rolling);
            })
            .Where(m => m.Discharges > 0);
    }
}
