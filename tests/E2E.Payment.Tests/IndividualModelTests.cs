namespace E2E.Payment.Tests;

public sealed class IndividualModelTests
{
    private static PatientPayment Only(PaymentResult result) => result.Municipalities.Should().ContainSingle().Subject.Patients.Should().ContainSingle().Subject;

    [Test]
    public void Worked_example_is_two_days_and_18600_kronor()
    {
        var result = PaymentCalculator.Calculate(Basis.WorkedExample().Rows, Rules.Law, Rules.March);

        var patient = Only(result);
        patient.Dates.Should().Equal(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10));
        patient.Amount.Should().Be(18_600m);
        result.Municipalities[0].Kommun.Should().Be("Lerum");
        (result.Days, result.Amount, result.RuleSet).Should().Be((2m, 18_600m, "lagens-grundregel"));
    }

    [Test]
    public void A_patient_moved_from_Samvy_to_SAMSA_is_one_patient_with_each_day_once()
    {
        var result = PaymentCalculator.Calculate(Basis.MovedFromSamvyToSamsa().Rows, Rules.Law, Rules.March);

        var patient = Only(result);
        patient.Systems.Should().Equal("SAMSA", "Samvy");
        patient.Days.Should().Be(2, "4 would count twice and 0 would lose the days");
        patient.Amount.Should().Be(18_600m);
    }

    [Test]
    public void A_move_is_not_a_discharge_even_when_each_system_holds_only_its_own_part()
    {
        var rows = new Basis().Admitted("Samvy").Ready("Samvy", "2026-03-06T10:00:00+01:00").Moved("Samvy", "2026-03-08T11:00:00+01:00")
            .Moved("SAMSA", "2026-03-08T11:00:00+01:00").Discharged("SAMSA", "2026-03-11T14:00:00+01:00").Rows;

        Only(PaymentCalculator.Calculate(rows, Rules.Law, Rules.March)).Days.Should().Be(2);
    }

    [Test]
    public void Withdrawn_readiness_stops_the_count_and_a_new_notice_starts_a_new_day_0()
    {
        var rows = new Basis().Admitted("SAMSA")
            .Ready("SAMSA", "2026-03-02T11:00:00+01:00").Withdrawn("SAMSA", "2026-03-06T09:00:00+01:00")
            .Ready("SAMSA", "2026-03-09T09:00:00+01:00").Discharged("SAMSA", "2026-03-16T09:00:00+01:00").Rows;

        var patient = Only(PaymentCalculator.Calculate(rows, Rules.Law, Rules.March));

        // Day 0 on 2 March pays 5 March (withdrawn on the 6th); day 0 on 9 March pays 12–15 March.
        patient.Dates.Select(d => d.Day).Should().Equal(5, 12, 13, 14, 15);
    }

    [Test]
    public void Withdrawn_before_the_grace_days_are_over_pays_nothing()
    {
        var rows = new Basis().Admitted("SAMSA")
            .Ready("SAMSA", "2026-03-06T10:00:00+01:00").Withdrawn("SAMSA", "2026-03-08T10:00:00+01:00")
            .Discharged("SAMSA", "2026-03-20T10:00:00+01:00").Rows;

        PaymentCalculator.Calculate(rows, Rules.Law, Rules.March).Municipalities.Should().BeEmpty();
    }

    [Test]
    public void Without_the_admission_notice_nothing_is_payable_and_the_result_says_why()
    {
        var rows = new Basis().Ready("SAMSA", "2026-03-06T10:00:00+01:00").Admitted("SAMSA", "2026-03-07T10:00:00+01:00")
            .Discharged("SAMSA", "2026-03-20T10:00:00+01:00").Rows;

        var patient = Only(PaymentCalculator.Calculate(rows, Rules.Law, Rules.March));

        patient.Days.Should().Be(0);
        patient.Remark.Should().Contain("inskrivningsmeddelandet");
    }

    [TestCase("2026-03-06T11:59:00+01:00", 2)]
    [TestCase("2026-03-06T12:00:00+01:00", 1)]
    public void A_cut_off_hour_moves_day_0_for_a_notice_sent_at_or_after_it(string sent, int days)
    {
        var rows = new Basis().Admitted("SAMSA").Ready("SAMSA", sent).Discharged("SAMSA", "2026-03-11T14:00:00+01:00").Rows;

        Only(PaymentCalculator.Calculate(rows, Rules.Law with { CutOffHour = 12 }, Rules.March)).Days.Should().Be(days);
    }

    [Test]
    public void Without_a_cut_off_hour_a_late_notice_keeps_its_own_day()
    {
        var rows = new Basis().Admitted("SAMSA").Ready("SAMSA", "2026-03-06T23:30:00+01:00").Discharged("SAMSA", "2026-03-11T14:00:00+01:00").Rows;

        Only(PaymentCalculator.Calculate(rows, Rules.Law, Rules.March)).Days.Should().Be(2);
    }

    [Test]
    public void Counting_the_discharge_day_adds_it()
    {
        var patient = Only(PaymentCalculator.Calculate(Basis.WorkedExample().Rows, Rules.Law with { CountDischargeDay = true }, Rules.March));

        patient.Dates.Select(d => d.Day).Should().Equal(9, 10, 11);
    }

    [Test]
    public void Day_0_as_the_day_after_the_notice_starts_payment_a_day_later()
    {
        var patient = Only(PaymentCalculator.Calculate(Basis.WorkedExample().Rows, Rules.Law with { DayZero = DayZero.DayAfterNotice }, Rules.March));

        patient.Dates.Select(d => d.Day).Should().Equal(10);
    }

    [Test]
    public void Each_day_is_priced_by_the_amount_of_its_year()
    {
        var rules = Rules.Law with { AmountPerDayFromYear = new Dictionary<int, decimal> { [2022] = 9_300m, [2026] = 10_000m } };
        var rows = new Basis().Admitted("SAMSA", "2025-12-20T10:00:00+01:00").Ready("SAMSA", "2025-12-28T10:00:00+01:00").Discharged("SAMSA", "2026-01-03T10:00:00+01:00").Rows;

        var december = Only(PaymentCalculator.Calculate(rows, rules, new Month(2025, 12)));
        var january = Only(PaymentCalculator.Calculate(rows, rules, new Month(2026, 1)));

        (december.Days, december.Amount).Should().Be((1, 9_300m));
        (january.Days, january.Amount).Should().Be((2, 20_000m));
    }

    [Test]
    public void A_patient_still_ready_is_counted_up_to_today_within_the_month()
    {
        var rows = new Basis().Admitted("SAMSA").Ready("SAMSA", "2026-03-06T10:00:00+01:00").Rows;

        Only(PaymentCalculator.Calculate(rows, Rules.Law, Rules.March, countUntil: new DateOnly(2026, 3, 12))).Days.Should().Be(4);
        Only(PaymentCalculator.Calculate(rows, Rules.Law, Rules.March)).Days.Should().Be(23, "9–31 March when the month is over");
    }

    [Test]
    public void Totals_are_per_municipality()
    {
        var rows = Basis.WorkedExample().Rows
            .Concat(new Basis(Basis.Bo, "Alingsås").Admitted("Samvy").Ready("Samvy", "2026-03-02T10:00:00+01:00")
                .Discharged("Samvy", "2026-03-10T10:00:00+01:00").Rows);

        var result = PaymentCalculator.Calculate(rows, Rules.Law, Rules.March);

        result.Municipalities.Select(m => (m.Kommun, m.Days)).Should().Equal(("Alingsås", 5m), ("Lerum", 2m));
        result.Amount.Should().Be(7 * 9_300m);
    }
}
