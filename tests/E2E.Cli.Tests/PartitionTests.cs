using E2E.Cli.Delar;
using E2E.Runner.Discovery;
using static E2E.Cli.Delar.ScenarioPartition;

namespace E2E.Cli.Tests;

/// <summary>How run --del k/n splits the scenarios: deterministic, complete, balanced by the durations in the history.</summary>
public sealed class PartitionTests
{
    // Durations with a long tail, as a real suite has: a few slow scenarios among many short ones.
    private static readonly Item[] Scenarios =
        [.. Enumerable.Range(1, 37).Select(i => new Item($"Egenskap {i % 5} › Scenario {i:00}", (i * 7919 % 53) + (i % 9 == 0 ? 40 : 1)))];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    [TestCase(7)]
    public void Every_scenario_is_in_exactly_one_part(int parts)
    {
        var buckets = Split(Scenarios, parts);

        buckets.Should().HaveCount(parts);
        buckets.SelectMany(b => b.Items).Select(i => i.Id).Should().BeEquivalentTo(Scenarios.Select(s => s.Id)).And.OnlyHaveUniqueItems();
    }

    [Test]
    public void The_same_scenarios_in_any_order_give_the_same_parts()
    {
        var once = Split(Scenarios, 4);
        var shuffled = Split(Scenarios.Reverse().OrderBy(s => s.Id.Length).ThenBy(s => s.Id[^1]), 4);

        shuffled.Select(b => b.Items.Select(i => i.Id)).Should().BeEquivalentTo(once.Select(b => b.Items.Select(i => i.Id)),
            o => o.WithStrictOrdering());
    }

    [Test]
    public void Ties_in_duration_are_broken_by_the_id_so_equal_scenarios_alternate_between_the_parts()
    {
        var buckets = Split([new("c", 1), new("a", 1), new("d", 1), new("b", 1)], 2);

        buckets[0].Items.Select(i => i.Id).Should().Equal("a", "c");
        buckets[1].Items.Select(i => i.Id).Should().Equal("b", "d");
    }

    [TestCase(2)]
    [TestCase(4)]
    [TestCase(5)]
    public void The_parts_differ_by_at_most_the_longest_single_scenario(int parts)
    {
        var seconds = Split(Scenarios, parts).Select(b => b.Seconds).ToList();

        (seconds.Max() - seconds.Min()).Should().BeLessThanOrEqualTo(Scenarios.Max(s => s.Seconds));
    }

    [Test]
    public void The_longest_scenarios_go_first_to_the_emptiest_part()
    {
        var buckets = Split([new("kort-1", 1), new("lång", 10), new("kort-2", 1), new("medel", 5)], 2);

        buckets[0].Items.Select(i => i.Id).Should().Equal("lång");
        buckets[1].Items.Select(i => i.Id).Should().Equal("medel", "kort-1", "kort-2");
    }

    [Test]
    public void More_parts_than_scenarios_leaves_the_last_parts_empty()
    {
        var buckets = Split([new("a", 3), new("b", 2)], 4);

        buckets.Select(b => b.Items.Count).Should().Equal(1, 1, 0, 0);
    }

    [Test]
    public void A_scenario_without_a_known_duration_weighs_the_median_of_the_known_ones()
    {
        var known = new Dictionary<string, double> { ["a"] = 2, ["b"] = 10, ["c"] = 4, ["borttaget"] = 100 };

        var weighed = ScenarioDurations.Weigh(["a", "b", "c", "ny"], known);

        weighed.Should().Equal(new Item("a", 2), new Item("b", 10), new Item("c", 4), new Item("ny", 4));
    }

    [Test]
    public void With_no_known_durations_all_weigh_the_same_and_the_parts_get_equally_many()
    {
        var weighed = ScenarioDurations.Weigh(["a", "b", "c", "d", "e", "f"], new Dictionary<string, double>());

        weighed.Select(i => i.Seconds).Should().AllBeEquivalentTo(ScenarioDurations.Unknown);
        Split(weighed, 3).Select(b => b.Items.Count).Should().Equal(2, 2, 2);
    }

    [TestCase("2/4", 2, 4, "del-2-av-4")]
    [TestCase(" 1/1 ", 1, 1, "del-1-av-1")]
    [TestCase("4/4", 4, 4, "del-4-av-4")]
    public void A_part_is_written_k_slash_n(string value, int k, int n, string folder)
    {
        var part = Part.Parse(value, "--del");

        part.Should().Be(new Part(k, n));
        part.FolderName.Should().Be(folder);
    }

    [TestCase("5/4")]
    [TestCase("0/4")]
    [TestCase("x")]
    [TestCase("2/0")]
    [TestCase("-1/4")]
    [TestCase("2/4/8")]
    [TestCase("")]
    public void A_bad_part_is_refused_in_Swedish_naming_the_value(string value)
    {
        var act = () => Part.Parse(value, "--del");

        act.Should().Throw<UsageException>().WithMessage($"Ogiltig del \"{value}\" (--del): skriv k/n där 1 ≤ k ≤ n*");
    }

    [Test]
    public void Run_reads_the_part_from_the_option()
    {
        RunOptions.Parse(["--del", "3/4", "--taggar", "process:P04"]).Part.Should().Be(new Part(3, 4));
        var act = () => RunOptions.Parse(["--del", "0/4"]);
        act.Should().Throw<UsageException>().WithMessage("*\"0/4\"*");
    }

    private static ScenarioCase Case(string name, params string[] tags) => new() { FeatureFile = "f.feature", DisplayName = name, Tags = tags };

    [TestCase("Category=process:P04", true, false, false)]
    [TestCase("(Category=process:P04)&(Category!=wip)", true, false, false)]
    [TestCase("Category=process:P04|Category=process:P09", true, true, false)]
    [TestCase("Category!=process:P04", false, true, true)]
    [TestCase("Name~kommunens&Category=critical", false, false, true)]
    [TestCase("category=PROCESS:p09", false, true, false)]
    public void The_selection_is_judged_for_tags_and_names(string filter, bool p04, bool p09, bool other)
    {
        var select = FilterSelection.Of(filter);

        select.Should().NotBeNull();
        new[] { Case("A › ett", "process:P04", "wip:nej"), Case("B › två", "process:P09"), Case("C › kommunens tre", "process:P10", "critical") }
            .Select(select!).Should().Equal(p04, p09, other);
    }

    [TestCase("FullyQualifiedName~Inskrivning")]
    [TestCase("Category=process:P04&(")]
    [TestCase("Priority=1")]
    public void A_filter_the_cli_cannot_judge_lets_every_scenario_weigh_in(string filter)
    {
        FilterSelection.Of(filter).Should().BeNull();
    }
}
