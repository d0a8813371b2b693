namespace E2E.Payment.Tests;

public sealed class AverageModelTests
{
    /// <summary>A stay in Lerum: discharge-ready on <paramref name="ready"/>, discharged <paramref name="days"/> days later.</summary>
    private static IEnumerable<PaymentBasisRow> Stay(string personnummer, string ready, int days)
    {
        var readyAt = DateTimeOffset.Parse(ready, System.Globalization.CultureInfo.InvariantCulture);
        return new Basis(personnummer).Admitted("SAMSA", ready).Ready("SAMSA", ready)
            .Discharged("SAMSA", readyAt.AddDays(days).ToString("O")).Rows;
    }

    [Test]
    public void Above_the_threshold_the_days_over_it_are_paid_for_each_discharge_of_the_month()
    {
        // January: 4 and 6 days; March: 5 days. Rolling average over January–March: 5 > 3.0.
        var rows = Stay(Basis.Anna, "2026-01-05T10:00:00+01:00", 4).Concat(Stay(Basis.Bo, "2026-01-12T10:00:00+01:00", 6))
            .Concat(Stay(Basis.Anna, "2026-03-06T10:00:00+01:00", 5));

        var lerum = PaymentCalculator.Calculate(rows, Rules.Average, Rules.March).Municipalities.Should().ContainSingle().Subject;

        lerum.RollingAverage.Should().Be(5m);
        lerum.Discharges.Should().Be(1);
        (lerum.Days, lerum.Amount).Should().Be((2m, 18_600m));
    }

    [Test]
    public void At_or_below_the_threshold_nothing_is_paid()
    {
        var rows = Stay(Basis.Anna, "2026-01-05T10:00:00+01:00", 1).Concat(Stay(Basis.Anna, "2026-03-06T10:00:00+01:00", 5));

        var lerum = PaymentCalculator.Calculate(rows, Rules.Average, Rules.March).Municipalities.Should().ContainSingle().Subject;

        lerum.RollingAverage.Should().Be(3m);
        lerum.Days.Should().Be(0m);
    }

    [Test]
    public void Discharges_outside_the_rolling_window_do_not_count()
    {
        var rows = Stay(Basis.Anna, "2025-12-01T10:00:00+01:00", 20).Concat(Stay(Basis.Bo, "2026-03-06T10:00:00+01:00", 4));

        PaymentCalculator.Calculate(rows, Rules.Average, Rules.March).Municipalities.Single().RollingAverage.Should().Be(4m);
    }

    [Test]
    public void A_moved_patient_is_one_discharge()
    {
        var result = PaymentCalculator.Calculate(Basis.MovedFromSamvyToSamsa().Rows, Rules.Average, Rules.March);

        result.Municipalities.Single().Discharges.Should().Be(1);
        result.Model.Should().Be(PaymentModel.MonthlyAverage);
    }
}
