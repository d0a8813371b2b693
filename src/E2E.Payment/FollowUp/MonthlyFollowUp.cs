using System.Text.Json.Serialization;
using E2E.Payment.Basis;
using E2E.Payment.Engine;

namespace E2E.Payment.FollowUp;

/// <summary>
/// Monthly follow-up per municipality (kommunrapport): discharge-ready patients (notice sent in the month, each
/// patient once), discharges in the month after a discharge-ready notice, and the days from notice to discharge.
/// Independent of the payment rule set.
/// </summary>
public static class MonthlyFollowUp
{
    public static FollowUpResult Calculate(IEnumerable<PaymentBasisRow> rows, Month month) =>
        Calculate(ReadinessEpisodes.From(rows), month);

    public static FollowUpResult Calculate(IReadOnlyList<ReadinessEpisode> episodes, Month month) =>
        new(month.ToString(), [.. episodes.GroupBy(e => e.Patient.Kommun)
            .Select(kommun =>
            {
                var ready = kommun.Where(e => month.Contains(e.NoticeDate)).Select(e => e.PatientGroup).Distinct().Count();
                var discharged = kommun.Where(e => e.DaysToDischarge is not null && month.Contains(e.EndDate!.Value)).ToList();
                var days = discharged.Sum(e => e.DaysToDischarge!.Value);
                decimal? average = discharged.Count == 0 ? null : Math.Round((decimal)days / discharged.Count, 2);
                return new MunicipalityFollowUp(kommun.Key, ready, discharged.Count, days, average);
            })
            .Where(m => m.DischargeReadyPatients > 0 || m.Discharges > 0)
            .OrderBy(m => m.Kommun, StringComparer.Ordinal)]);
}

public sealed record FollowUpResult(
    [property: JsonPropertyName("manad")] string Month,
    [property: JsonPropertyName("kommuner")] IReadOnlyList<MunicipalityFollowUp> Municipalities);

public sealed record MunicipalityFollowUp(
    [property: JsonPropertyName("kommun")] string Kommun,
    [property: JsonPropertyName("utskrivningsklaraPatienter")] int DischargeReadyPatients,
    [property: JsonPropertyName("utskrivna")] int Discharges,
    [property: JsonPropertyName("dagarTillUtskrivning")] int DaysToDischarge,
    [property: JsonPropertyName("genomsnittDagar")] decimal? AverageDays);
