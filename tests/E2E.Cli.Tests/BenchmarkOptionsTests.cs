using FluentAssertions;
using NUnit.Framework;

namespace E2E.Cli.Tests;

public class BenchmarkOptionsTests
{
    [Test]
    public void Defaults_are_three_runs_with_one_and_two_workers_against_the_local_tenants_without_rebuilding()
    {
        var options = BenchmarkOptions.Parse([]);

        options.Repetitions.Should().Be(BenchmarkOptions.DefaultRepetitions);
        options.WorkerCounts.Should().Equal(1, 2);
        options.Suite.Should().Be(new RunOptions("local", null, null, NoBuild: true));
    }

    [Test]
    public void Counts_worker_lists_and_the_options_of_run_are_understood()
    {
        var options = BenchmarkOptions.Parse(["--gånger", "1", "--arbetare", "2, 1,2", "--taggar", "process:P04", "--miljo", "ci"]);

        options.Repetitions.Should().Be(1);
        options.WorkerCounts.Should().Equal(1, 2);
        options.Suite.Should().Be(new RunOptions("ci", "Category=process:P04", null, NoBuild: true));
        BenchmarkOptions.Parse(["--times", "4", "--workers", "3"]).Should().Match<BenchmarkOptions>(o => o.Repetitions == 4 && o.WorkerCounts.SequenceEqual(new[] { 3 }));
    }

    [TestCase("--gånger 0")]
    [TestCase("--gånger två")]
    [TestCase("--arbetare 1,x")]
    [TestCase("--arbetare ,")]
    [TestCase("--okänt 1")]
    [TestCase("--gånger")]
    public void A_bad_or_missing_value_is_refused_in_Swedish(string arguments)
    {
        FluentActions.Invoking(() => BenchmarkOptions.Parse(arguments.Split(' '))).Should().Throw<UsageException>();
    }
}
