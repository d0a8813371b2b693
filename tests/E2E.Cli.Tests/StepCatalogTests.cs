using E2E.Cli.Stegkatalog;
using E2E.Reporting.Processes;
using E2E.Runner.Catalog;

namespace E2E.Cli.Tests;

/// <summary>
/// "steg", the real CLI as a process: the checked-in features/stegkatalog.md is what the step definitions and the
/// features give, every step has a Swedish description, a catalogue that no longer fits is named by its first differing
/// line, and --oanvanda lists exactly the steps no scenario uses.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class StepCatalogTests
{
    private const string OneFeature = """
        # language: sv
        @process:P04 @normal
        Egenskap: Prov för stegkatalogen

          Scenario: Ett enda steg
            Givet att avdelning 32 på NÄL arbetar i Samvy
        """;

    private static Task<CliProcess.Ended> StegAsync(string? featuresDirectory, params string[] args) =>
        CliProcess.RunAsync(CliProcess.RepositoryRoot(), new Dictionary<string, string?> { ["E2E_FEATURES_DIR"] = featuresDirectory },
            ["steg", "--utan-bygge", .. args]);

    [Test]
    public async Task The_checked_in_catalogue_is_current()
    {
        var ended = await StegAsync(null, "--kontrollera");

        ended.Exit.Should().Be(0, ended.Output + ended.Errors);
        ended.Output.Should().MatchRegex(@"Stegkatalogen features/stegkatalog\.md är aktuell \(\d+ steg\)");
    }

    [Test]
    public void Every_step_and_parameter_type_in_the_catalogue_has_a_Swedish_description()
    {
        var catalogue = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot(), "features", "stegkatalog.md"));

        catalogue.Should().Contain("#### `Givet att {enhet} arbetar i {system}`").And.NotContain("saknar beskrivning");
    }

    [Test]
    public async Task A_catalogue_that_no_longer_fits_the_features_is_named_by_its_first_differing_line_and_unused_steps_are_listed()
    {
        var features = Directory.CreateTempSubdirectory("e2e-steg-features-").FullName;
        try
        {
            var own = Directory.CreateDirectory(Path.Combine(features, "P04-prov")).FullName;
            await File.WriteAllTextAsync(Path.Combine(own, "prov.feature"), OneFeature);

            var stale = await StegAsync(features, "--kontrollera");
            var unused = await StegAsync(features, "--oanvanda");

            stale.Exit.Should().Be(1, stale.Output);
            stale.Output.Should().MatchRegex(@"Stegkatalogen features/stegkatalog\.md är inaktuell från rad \d+: i filen står "".+"", men stegen och features ger "".+""")
                .And.Contain("dotnet run --project src/E2E.Cli -- steg");
            unused.Exit.Should().Be(0, unused.Output);
            unused.Output.Should().MatchRegex(@"Steg som inget scenario använder \(\d+ av \d+\):")
                .And.Contain("Så ska katalogen ange att {enhet} arbetar i {system}")
                .And.NotContain("Givet att {enhet} arbetar i {system}");
        }
        finally
        {
            Directory.Delete(features, recursive: true);
        }
    }

    [Test]
    public void A_step_shows_two_real_lines_from_different_features_its_counts_and_a_missing_description()
    {
        StepUse Use(string keyword, string text, string file, int line, string process) => new(keyword, text, file, line, "Scenario", [process]);
        var data = new StepCatalogData(
        [
            new StepEntry("Så", "meddelandet ska ha kommit exakt en gång", "Meddelanden", null, "InboxSteps.Once", [],
                [Use("Och", "meddelandet ska ha kommit exakt en gång", "features/a.feature", 9, "P04"),
                 Use("Och", "meddelandet ska ha kommit exakt en gång", "features/b.feature", 12, "P11")]),
            new StepEntry("Givet", "att {enhet} arbetar i {system}", "Enheter och system", "Anger vilket system enheten arbetar i.", "UnitSteps.WorksIn",
                ["enhet", "system"],
                [Use("Givet", "att avdelning 32 på NÄL arbetar i Samvy", "features/a.feature", 4, "P04"),
                 Use("Givet", "att avdelning 32 på NÄL arbetar i Samvy", "features/a.feature", 4, "P04"),
                 Use("Och", "att hemsjukvården i Lerums kommun arbetar i SAMSA", "features/a.feature", 5, "P04"),
                 Use("Givet", "att avdelning 51 på Sahlgrenska arbetar i SAMSA", "features/b.feature", 3, "P11")]),
        ], [new ParameterEntry("system", "Ett av de två systemen.", ["SAMSA, Samvy"])]);

        var markdown = StepCatalogMarkdown.Render(new StepCatalogView(data, ProcessCatalog.Empty));

        markdown.Should()
            .Contain("#### `Givet att {enhet} arbetar i {system}`\n\nAnger vilket system enheten arbetar i.")
            .And.Contain("- Exempel: `Givet att avdelning 32 på NÄL arbetar i Samvy` (features/a.feature:4)")
            .And.Contain("- Exempel: `Givet att avdelning 51 på Sahlgrenska arbetar i SAMSA` (features/b.feature:3)")
            .And.Contain("- Används på 3 rader i 2 feature-filer; processer: P04, P11")
            .And.Contain("#### `Och meddelandet ska ha kommit exakt en gång` (ett Så-steg)\n\n*(saknar beskrivning)*")
            .And.Contain("### P11\n\n- [`Givet att {enhet} arbetar i {system}`]")
            .And.Contain("### {system}\n\nEtt av de två systemen.\n\n- SAMSA, Samvy");
    }

    [Test]
    public void Line_endings_alone_do_not_make_the_catalogue_stale()
    {
        StepCatalogStaleness.Check("features/stegkatalog.md", "# Stegkatalog\n\nrad\n", "# Stegkatalog\r\n\r\nrad\r\n").Should().BeNull();
        StepCatalogStaleness.Check("features/stegkatalog.md", "# Stegkatalog\n", null).Should().Contain("saknas");
    }
}
