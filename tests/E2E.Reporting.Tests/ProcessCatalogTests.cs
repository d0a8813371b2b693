using E2E.Reporting.Processes;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public class ProcessCatalogTests
{
    [Test]
    public void The_repository_catalogue_names_all_fifteen_processes_and_four_directions()
    {
        var catalog = ProcessCatalog.Load(RepositoryFile("features", ProcessCatalog.FileName));

        catalog.Processes.Select(p => p.Id).Should().Equal(Enumerable.Range(1, 15).Select(n => $"P{n:00}"));
        catalog.TitleOf("P04").Should().Be("P04 Inskrivningsmeddelande");
        catalog.Directions.Should().Equal("SAMSA→SAMSA", "Samvy→SAMSA", "SAMSA→Samvy", "Samvy→Samvy");
    }

    [Test]
    public void An_unknown_process_keeps_its_bare_id_and_a_missing_file_gives_an_empty_catalogue()
    {
        ProcessCatalog.LoadIfPresent(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString())).Should().Be(ProcessCatalog.Empty);
        ProcessCatalog.Empty.TitleOf("P99").Should().Be("P99");
    }

    [TestCase("{ \"processer\": [ { \"id\": \"P01\" \"namn\": \"Systemval\" } ], \"riktningar\": [] }", "*features/processer.json, rad 1*ogiltig JSON*")]
    [TestCase("{ \"processer\": [ { \"id\": \"P01\" } ], \"riktningar\": [] }", "*features/processer.json: varje process behöver \"id\" och \"namn\"*")]
    [TestCase("{ \"processer\": [ { \"id\": 1, \"namn\": \"Systemval\" } ], \"riktningar\": [] }", "*features/processer.json:*fel sort*")]
    public void A_broken_catalogue_is_named_with_the_file_and_what_is_wrong(string json, string message)
    {
        var file = Path.Combine(Path.GetTempPath(), $"processer-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        try
        {
            FluentActions.Invoking(() => ProcessCatalog.Load(file)).Should().Throw<E2E.Core.Settings.SettingsFileException>().WithMessage(message);
        }
        finally { File.Delete(file); }
    }

    private static string RepositoryFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "E2E.sln"))) dir = dir.Parent!;
        return Path.Combine([dir.FullName, .. parts]);
    }
}
