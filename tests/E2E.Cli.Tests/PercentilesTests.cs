using FluentAssertions;
using NUnit.Framework;

namespace E2E.Cli.Tests;

public class PercentilesTests
{
    [Test]
    public void P95_interpolates_between_the_two_closest_ranks()
    {
        var oneToTwenty = Enumerable.Range(1, 20).Select(n => (double)n);

        // rank 0.95 · 19 = 18.05: the 19th value plus 5 % of the way to the 20th (numpy and Excel PERCENTILE.INC agree).
        Percentiles.P95(oneToTwenty).Should().BeApproximately(19.05, 1e-9);
    }

    [Test]
    public void The_median_of_an_even_count_lies_between_the_middle_two_whatever_the_order()
    {
        Percentiles.Median([4.0, 1.0, 3.0, 2.0]).Should().Be(2.5);
        Percentiles.Median([9.0, 1.0, 5.0]).Should().Be(5.0);
    }

    [Test]
    public void One_value_is_every_percentile_and_the_ends_are_min_and_max()
    {
        Percentiles.P95([7.5]).Should().Be(7.5);
        Percentiles.Of([3.0, 1.0, 2.0], 0).Should().Be(1.0);
        Percentiles.Of([3.0, 1.0, 2.0], 100).Should().Be(3.0);
    }

    [Test]
    public void No_values_or_a_percent_outside_0_to_100_is_refused()
    {
        FluentActions.Invoking(() => Percentiles.P95([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Percentiles.Of([1.0], 101)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
