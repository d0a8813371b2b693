namespace E2E.Payment.Tests;

public sealed class RuleSetCatalogueTests
{
    [Test]
    public void The_law_s_default_rule_set_ships_with_the_documented_defaults()
    {
        var law = Rules.Law;

        (law.Model, law.DayZero, law.GraceDays, law.CutOffHour, law.CountDischargeDay)
            .Should().Be((PaymentModel.Individual, DayZero.NoticeDay, 3, (int?)null, false));
        law.AmountPerDay(2022).Should().Be(9_300m);
        law.AmountPerDay(2026).Should().Be(9_300m, "2022's amount holds until a later year is set");
        law.Invoking(l => l.AmountPerDay(2019)).Should().Throw<InvalidOperationException>().WithMessage("*saknar belopp*2019*");
    }

    [Test]
    public void The_average_model_ships_with_threshold_3_and_a_three_month_window()
    {
        (Rules.Average.Model, Rules.Average.ThresholdDays, Rules.Average.RollingMonths).Should().Be((PaymentModel.MonthlyAverage, 3.0m, 3));
    }

    [Test]
    public void An_override_file_replaces_a_rule_set_by_name_and_adds_new_ones_with_defaults_for_what_it_leaves_out()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                { "regelverk": [
                    { "namn": "lagens-grundregel", "karensdagar": 2, "beloppPerDag": { "2022": 9300, "2025": 9900 } },
                    { "namn": "stockholmsmodellen", "brytpunktTimme": 12 } ] }
                """);

            var catalogue = PaymentRuleSetCatalogue.Load(file);

            catalogue.All.Select(r => r.Name).Should().Equal("genomsnittsmodell", "lagens-grundregel", "stockholmsmodellen");
            catalogue.TryGet("lagens-grundregel", out var law).Should().BeTrue();
            (law.GraceDays, law.AmountPerDay(2026), law.Model).Should().Be((2, 9_900m, PaymentModel.Individual));
            catalogue.TryGet("stockholmsmodellen", out var stockholm).Should().BeTrue();
            (stockholm.CutOffHour, stockholm.GraceDays, stockholm.AmountPerDay(2024)).Should().Be((12, 3, 9_300m));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void No_name_means_the_default_and_an_unknown_name_is_refused_in_Swedish()
    {
        var catalogue = PaymentRuleSetCatalogue.Load();

        catalogue.TryGet(null, out var fallback).Should().BeTrue();
        fallback.Name.Should().Be("lagens-grundregel");
        catalogue.TryGet("okänt", out _).Should().BeFalse();
        catalogue.UnknownMessage("okänt").Should().Be("Okänt regelverk \"okänt\". Kända regelverk: genomsnittsmodell, lagens-grundregel.");
    }

    [Test]
    public void An_invalid_override_is_refused_with_the_file_and_the_rule_set()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "regelverk": [ { "namn": "trasig", "brytpunktTimme": 25 } ] }""");

            FluentActions.Invoking(() => PaymentRuleSetCatalogue.Load(file)).Should().Throw<InvalidDataException>().WithMessage("*trasig*ogiltigt*");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
