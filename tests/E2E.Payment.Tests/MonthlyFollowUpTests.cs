using E2E.Payment.FollowUp;

namespace E2E.Payment.Tests;

public sealed class MonthlyFollowUpTests
{
    [Test]
    public void Counts_discharge_ready_patients_discharges_and_days_per_municipality()
    {
        var rows = Basis.WorkedExample().Rows
            .Concat(new Basis(Basis.Bo).Admitted("Samvy").Ready("Samvy", "2026-03-02T10:00:00+01:00").Discharged("Samvy", "2026-03-10T10:00:00+01:00").Rows)
            .Concat(new Basis(Basis.Bo, "Alingsås").Admitted("Samvy").Ready("Samvy", "2026-03-20T10:00:00+01:00").Rows);

        var result = MonthlyFollowUp.Calculate(rows, Rules.March);

        result.Municipalities.Should().Equal(
            new MunicipalityFollowUp("Alingsås", 1, 0, 0, null),
            new MunicipalityFollowUp("Lerum", 2, 2, 5 + 8, 6.5m));
    }

    [Test]
    public void A_patient_in_both_systems_is_counted_once()
    {
        var lerum = MonthlyFollowUp.Calculate(Basis.MovedFromSamvyToSamsa().Rows, Rules.March).Municipalities.Single();

        lerum.Should().Be(new MunicipalityFollowUp("Lerum", 1, 1, 5, 5m));
    }

    [Test]
    public void After_a_withdrawal_the_days_run_from_the_new_notice_and_the_patient_counts_once()
    {
        var rows = new Basis().Admitted("SAMSA").Ready("SAMSA", "2026-03-02T11:00:00+01:00").Withdrawn("SAMSA", "2026-03-04T09:00:00+01:00")
            .Ready("SAMSA", "2026-03-09T09:00:00+01:00").Discharged("SAMSA", "2026-03-12T09:00:00+01:00").Rows;

        MonthlyFollowUp.Calculate(rows, Rules.March).Municipalities.Single().Should().Be(new MunicipalityFollowUp("Lerum", 1, 1, 3, 3m));
    }

    [Test]
    public void Another_month_sees_only_its_own_notices_and_discharges()
    {
        MonthlyFollowUp.Calculate(Basis.WorkedExample().Rows, new Month(2026, 4)).Municipalities.Should().BeEmpty();
    }
}
