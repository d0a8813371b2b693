using E2E.Payment.RuleSets;

namespace E2E.Payment.Engine;

/// <summary>Per patient: every payable calendar day of the month, priced by its year's amount.</summary>
internal static class IndividualModel
{
    public const string MissingAdmissionNotice = "Ingen betalning: kommunen hade inte fått inskrivningsmeddelandet före utskrivningsklar.";

    public static IEnumerable<MunicipalityPayment> Calculate(
        IReadOnlyList<ReadinessEpisode> episodes, PaymentRuleSet rules, Month month, DateOnly until) =>
        episodes.GroupBy(e => e.Patient.Kommun)
            .Select(kommun => Municipality(kommun.Key, [.. kommun
                .GroupBy(e => e.PatientGroup)
                .Select(patient => Patient([.. patient], rules, month, until))
                .OfType<PatientPayment>()
                .OrderBy(p => p.Personnummer, StringComparer.Ordinal)]))
            .Where(m => m.Patients.Count > 0);

    private static PatientPayment? Patient(List<ReadinessEpisode> episodes, PaymentRuleSet rules, Month month, DateOnly until)
    {
        var dates = episodes.SelectMany(e => PayableDays.Within(e, rules, month.First, until)).Order().ToList();
        var unmet = episodes.Any(e => !e.AdmissionNoticeReceived && month.Contains(e.NoticeDate));
        if (dates.Count == 0 && !unmet)
        {
            return null;
        }
        var first = episodes[0];
        return new PatientPayment(first.Patient.Personnummer, first.Systems, dates, dates.Count,
            dates.Sum(d => rules.AmountPerDay(d.Year)), unmet ? MissingAdmissionNotice : null);
    }

    private static MunicipalityPayment Municipality(string kommun, IReadOnlyList<PatientPayment> patients) =>
        new(kommun, patients.Sum(p => p.Days), patients.Sum(p => p.Amount), patients);
}
