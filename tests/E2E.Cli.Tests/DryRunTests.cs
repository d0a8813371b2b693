namespace E2E.Cli.Tests;

/// <summary>
/// run --torrkorning, the real CLI as a process: the project's features bind without tenants or browser; a feature with
/// a misspelt step, an unknown unit and a personnummer off Skatteverket's test lists fails, each named by file and line,
/// the misspelt step with the closest steps that exist.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class DryRunTests
{
    private const string BadFeature = """
        # language: sv
        @process:P04 @normal
        Egenskap: Prov för torrkörningen

          Scenario: Ett steg med ett stavfel
            Givet att avdelning 32 på NÄL arbetar i Samvy
            När sjuksköterskan på avdelningen skickar ett inskrivningsmedelande med beräknad utskrivning om 5 dagar

          Scenario: En enhet som inte finns
            Givet att avdelning 99 på NÄL arbetar i Samvy

          Scenario: En riktig persons personnummer
            Givet att patienten med personnummer 19800101-0002 skrivs in på avdelning 32 på NÄL
        """;

    private static async Task<CliProcess.Ended> DryRunAsync(string? featuresDirectory)
    {
        var output = Directory.CreateTempSubdirectory("e2e-torrkorning-").FullName;
        try
        {
            return await CliProcess.RunAsync(CliProcess.RepositoryRoot(),
                new Dictionary<string, string?> { ["E2E_FEATURES_DIR"] = featuresDirectory },
                "run", "--torrkorning", "--utan-bygge", "--ut", output);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task The_projects_features_all_bind()
    {
        var ended = await DryRunAsync(featuresDirectory: null);

        ended.Exit.Should().Be(0, ended.Output);
        ended.Output.Should().MatchRegex(@"TORRKÖRNING: GODKÄND \(\d+ scenarier, alla steg bundna");
    }

    [Test]
    public async Task A_misspelt_step_an_unknown_unit_and_a_real_personnummer_are_named_by_file_and_line()
    {
        var features = Directory.CreateTempSubdirectory("e2e-features-").FullName;
        try
        {
            var own = Directory.CreateDirectory(Path.Combine(features, "P04-prov")).FullName;
            await File.WriteAllTextAsync(Path.Combine(own, "prov.feature"), BadFeature);

            var ended = await DryRunAsync(features);

            ended.Exit.Should().Be(1, ended.Output);
            var where = $"{Path.GetFileName(features)}/P04-prov/prov.feature";
            ended.Output.Should()
                .Contain($"Steget saknar stegdefinition: \"När sjuksköterskan på avdelningen skickar ett inskrivningsmedelande med beräknad utskrivning om 5 dagar\" ({where}:7)")
                .And.Contain("Menade du …?")
                .And.Contain("När sjuksköterskan på avdelningen skickar inskrivningsmeddelande med beräknad utskrivning {datum}")
                .And.Contain("Okänd enhet 'avdelning 99 på NÄL'").And.Contain($"Plats: {where}:10")
                .And.Contain("19800101-0002").And.Contain($"Plats: {where}:13")
                .And.Contain("TORRKÖRNING: MISSLYCKADES (3 av 3 scenarier");
        }
        finally
        {
            Directory.Delete(features, recursive: true);
        }
    }
}
