using E2E.Cli.Delar;
using E2E.Runner.Execution;

namespace E2E.Cli.Tests;

/// <summary>rapport --sla-ihop refuses, in Swedish and naming the folder or part, parts that do not make one whole run.</summary>
public sealed class MergeRefusalTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("e2e-sla-ihop-").FullName;

    [TearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private string PartFolder(int k, int n, string environment = "local", string? filter = null, bool finished = true, string agent = "a",
        string split = "samma")
    {
        var folder = Path.Combine(_work, $"{agent}-{k}-{n}-{environment}-{filter?.Length ?? 0}-{finished}-{split}");
        var plan = new PartPlan(k, n, environment, filter, new DateTimeOffset(2026, 3, 6, 8, 0, 0, TimeSpan.FromHours(1)), 10, [$"s{k}"])
        {
            Split = split,
        };
        (finished ? plan with { SuiteExitCode = 0, RunSeconds = 12 } : plan).Write(Path.Combine(folder, PartPlan.FileName));
        return folder;
    }

    private static Action Reading(params string[] folders) => () => PartFolders.Read(folders);

    [Test]
    public void All_parts_of_one_split_are_read_in_part_order()
    {
        var found = PartFolders.Read([PartFolder(2, 2), PartFolder(1, 2)]);

        found.Select(f => f.Plan.Part).Should().Equal(1, 2);
    }

    [Test]
    public void A_folder_that_does_not_exist_is_named()
    {
        var missing = Path.Combine(_work, "finns-inte");

        Reading(PartFolder(1, 2), missing).Should().Throw<UsageException>().WithMessage($"*Mappen {missing} finns inte*");
    }

    [Test]
    public void An_empty_folder_is_named()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_work, "tom")).FullName;

        Reading(empty, PartFolder(2, 2)).Should().Throw<UsageException>().WithMessage($"*Mappen {empty} är tom*");
    }

    [Test]
    public void A_folder_without_a_plan_is_not_a_part()
    {
        var other = Directory.CreateDirectory(Path.Combine(_work, "annan")).FullName;
        File.WriteAllText(Path.Combine(other, "sammanfattning.json"), "{}");

        Reading(other).Should().Throw<UsageException>().WithMessage($"*Mappen {other} har ingen del.json*");
    }

    [Test]
    public void Parts_of_different_splits_are_refused()
    {
        var three = PartFolder(2, 3);

        Reading(PartFolder(1, 4), three).Should().Throw<UsageException>()
            .WithMessage($"*olika uppdelningar*del 1 av 4*{three} är del 2 av 3*");
    }

    [Test]
    public void A_missing_part_is_named()
    {
        Reading(PartFolder(1, 4), PartFolder(2, 4), PartFolder(4, 4)).Should().Throw<UsageException>()
            .WithMessage("*Del 3 av 4 saknas (fick 1, 2, 4)*");
    }

    [Test]
    public void The_same_part_twice_is_refused()
    {
        Reading(PartFolder(1, 2), PartFolder(1, 2, agent: "b"), PartFolder(2, 2)).Should().Throw<UsageException>()
            .WithMessage("*Del 1 av 2 finns flera gånger*");
    }

    [Test]
    public void Parts_run_with_other_selections_or_environments_are_refused()
    {
        Reading(PartFolder(1, 2), PartFolder(2, 2, filter: "x")).Should().Throw<UsageException>()
            .WithMessage("*olika urval*");
        Reading(PartFolder(1, 2), PartFolder(2, 2, environment: "test")).Should().Throw<UsageException>()
            .WithMessage("*olika miljöer*\"local\"*\"test\"*");
    }

    [Test]
    public void Parts_planned_differently_are_refused_because_a_scenario_could_be_lost_or_run_twice()
    {
        var other = PartFolder(2, 2, split: "annan");

        Reading(PartFolder(1, 2), other).Should().Throw<UsageException>()
            .WithMessage($"*planerades olika*{other} annan*samma historik*");
    }

    [Test]
    public void The_fingerprint_of_a_split_changes_when_a_scenario_moves_to_another_part()
    {
        var split = PartPlan.FingerprintOf([["a", "b"], ["c"]]);

        PartPlan.FingerprintOf([["a", "b"], ["c"]]).Should().Be(split);
        PartPlan.FingerprintOf([["a"], ["b", "c"]]).Should().NotBe(split);
        PartPlan.FingerprintOf([["b", "a"], ["c"]]).Should().NotBe(split);
    }

    [Test]
    public void A_part_that_did_not_finish_is_refused()
    {
        var unfinished = PartFolder(2, 2, finished: false);

        Reading(PartFolder(1, 2), unfinished).Should().Throw<UsageException>().WithMessage($"*Del 2 av 2 i {unfinished} kördes inte klart*");
    }

    [Test]
    public void Rapport_needs_the_folders_after_sla_ihop()
    {
        var act = () => MergeOptions.Parse(["--sla-ihop", "--ut", "x"]);
        act.Should().Throw<UsageException>().WithMessage("rapport behöver --sla-ihop och delarnas mappar*");

        var options = MergeOptions.Parse(["--sla-ihop", "a", "b", "--historik", "h"]);
        options.PartFolders.Select(Path.GetFileName).Should().Equal("a", "b");
        options.HistoryFolder.Should().Be("h");
    }
}
