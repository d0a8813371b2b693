using E2E.Payment.Basis;

namespace E2E.Payment.Engine;

/// <summary>
/// Joins the payment basis of both systems into periods of readiness per patient. A patient is one patient
/// whichever system a row came from, and an event present in both exports (a notice that crossed systems, a move
/// seen from both sides) is one event, so no day can be counted twice and a move never ends the count.
/// </summary>
public static class ReadinessEpisodes
{
    public static IReadOnlyList<ReadinessEpisode> From(IEnumerable<PaymentBasisRow> rows) =>
        [.. rows.Where(r => PaymentEventKinds.IsKnown(r.Handelse))
            .GroupBy(r => new PatientKey(Digits(r.Personnummer), r.Kommun))
            .SelectMany(patient => ForPatient(patient.Key, [.. patient]))];

    private static IEnumerable<ReadinessEpisode> ForPatient(PatientKey patient, List<PaymentBasisRow> rows)
    {
        IReadOnlyList<string> systems = [.. rows.Select(r => r.System).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var events = rows.DistinctBy(r => (r.Handelse, r.Tidpunkt.UtcTicks))
            .OrderBy(r => r.Tidpunkt).ThenBy(r => PaymentEventKinds.Order(r.Handelse));
        var admitted = false;
        (DateTimeOffset Time, bool Admitted)? open = null;
        foreach (var e in events)
        {
            switch (e.Handelse)
            {
                case PaymentEventKinds.AdmissionNoticeReceived:
                    admitted = true;
                    break;
                case PaymentEventKinds.DischargeReady when open is null:
                    open = (e.Tidpunkt, admitted);
                    break;
                case PaymentEventKinds.ReadinessWithdrawn when open is { } ready:
                    yield return new(patient, systems, ready.Time, e.Tidpunkt, EpisodeEnd.Withdrawn, ready.Admitted);
                    open = null;
                    break;
                case PaymentEventKinds.Discharged:
                    if (open is { } stay)
                    {
                        yield return new(patient, systems, stay.Time, e.Tidpunkt, EpisodeEnd.Discharged, stay.Admitted);
                    }
                    // A later stay needs its own admission notice.
                    (open, admitted) = (null, false);
                    break;
            }
        }
        if (open is { } still)
        {
            yield return new(patient, systems, still.Time, null, EpisodeEnd.StillReady, still.Admitted);
        }
    }

    private static string Digits(string identity) => identity.Replace("-", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal).Trim();
}
