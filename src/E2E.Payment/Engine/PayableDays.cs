using E2E.Payment.RuleSets;

namespace E2E.Payment.Engine;

/// <summary>Which calendar days of one period of readiness the municipality pays for, under a rule set.</summary>
public static class PayableDays
{
    /// <summary>Day 0 under the rule set: the notice day or the day after, moved a day on by the cut-off hour.</summary>
    public static DateOnly DayZero(ReadinessEpisode episode, PaymentRuleSet rules)
    {
        var day = episode.NoticeDate.AddDays(rules.DayZero == RuleSets.DayZero.DayAfterNotice ? 1 : 0);
        var late = rules.CutOffHour is { } hour && SwedishCalendar.Local(episode.NoticeTime).Hour >= hour;
        return late ? day.AddDays(1) : day;
    }

    /// <summary>
    /// Payable days within [from, until]: from day 0 + grace days up to the end. Withdrawal stops the count on its
    /// day; discharge on its day unless the rule set counts the discharge day; a patient still ready counts on.
    /// </summary>
    public static IReadOnlyList<DateOnly> Within(ReadinessEpisode episode, PaymentRuleSet rules, DateOnly from, DateOnly until)
    {
        if (!episode.AdmissionNoticeReceived)
        {
            return [];
        }
        var first = DayZero(episode, rules).AddDays(rules.GraceDays);
        var endExclusive = episode.End switch
        {
            EpisodeEnd.Discharged when rules.CountDischargeDay => episode.EndDate!.Value.AddDays(1),
            EpisodeEnd.StillReady => until.AddDays(1),
            _ => episode.EndDate!.Value,
        };
        var start = first > from ? first : from;
        var stop = endExclusive <= until ? endExclusive : until.AddDays(1);
        return [.. Enumerable.Range(0, Math.Max(0, stop.DayNumber - start.DayNumber)).Select(start.AddDays)];
    }
}
