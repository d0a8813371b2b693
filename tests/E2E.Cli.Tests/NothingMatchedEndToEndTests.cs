using E2E.Tenants.Host;

namespace E2E.Cli.Tests;

/// <summary>
/// The real CLI's "run" with a selection no scenario has: a mistake in the command (exit 2) that says nothing matched and
/// names the processes there are, not "MISSLYCKADES (0 scenarier underkända)".
/// </summary>
[TestFixture, NonParallelizable, Category("huvudjobb")]
public sealed class NothingMatchedEndToEndTests
{
    [Test]
    public async Task A_selection_that_matches_nothing_ends_with_2_and_names_the_processes()
    {
        var work = Directory.CreateTempSubdirectory("e2e-p99-").FullName;
        try
        {
            var ended = await CliProcess.RunAsync(CliProcess.RepositoryRoot(),
                new Dictionary<string, string?> { [SimulatedTenantsOptions.FaultsEnvironmentVariable] = null, ["E2E_HISTORIK"] = null },
                "run", "--taggar", "process:P99", "--ut", Path.Combine(work, "ut"), "--historik", Path.Combine(work, "historik"));

            ended.Exit.Should().Be(2, ended.Output + ended.Errors);
            ended.Errors.Should().Contain("Inget scenario matchade urvalet (Category=process:P99)").And.Contain("P04").And.NotContain("   at ");
            ended.Output.Should().NotContain("MISSLYCKADES");
        }
        finally { Directory.Delete(work, recursive: true); }
    }
}
