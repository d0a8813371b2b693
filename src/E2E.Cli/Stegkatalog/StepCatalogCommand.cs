using E2E.Cli.Stegkatalog;
using E2E.Reporting.Processes;
using E2E.Runner.Catalog;

namespace E2E.Cli;

/// <summary>
/// "steg": the step catalogue, read from the step definitions and the features by a dry run (no tenants, no browser),
/// written to features/stegkatalog.md. "--oanvanda" lists the steps no scenario uses; "--kontrollera" fails when the
/// checked-in catalogue is not what the code and features give (CI and the project's tests use it).
/// </summary>
internal static class StepCatalogCommand
{
    public static async Task<int> ExecuteAsync(string[] args)
    {
        var (unused, check, noBuild) = (args.Contains("--oanvanda"), args.Contains("--kontrollera"), args.Contains("--utan-bygge"));
        if (args.FirstOrDefault(a => a is not ("--oanvanda" or "--kontrollera" or "--utan-bygge")) is { } unknown)
            throw new UsageException($"Okänt val till steg: {unknown} (se \"hjälp\").");

        var root = RepositoryRoot.Find();
        if (await ReadAsync(root, noBuild) is not { } view) return 1;
        if (unused) return PrintUnused(view);

        var markdown = StepCatalogMarkdown.Render(view);
        var file = Path.Combine(root, StepCatalogFiles.Markdown);
        if (check)
        {
            var problem = StepCatalogStaleness.Check(StepCatalogFiles.Markdown, markdown, File.Exists(file) ? File.ReadAllText(file) : null);
            Console.WriteLine(problem ?? $"Stegkatalogen {StepCatalogFiles.Markdown} är aktuell ({view.Steps.Count} steg).");
            return problem is null ? 0 : 1;
        }
        File.WriteAllText(file, markdown);
        Console.WriteLine($"Stegkatalogen skrevs: {StepCatalogFiles.Markdown} ({view.Steps.Count} steg i {view.Subjects.Count} ämnen, " +
                          $"{view.Parameters.Count} parametertyper; {view.Unused.Count()} steg används inte: steg --oanvanda)");
        var missing = view.WithoutHelp.ToList();
        if (missing.Count > 0)
            Console.WriteLine($"Obs: {missing.Count} steg saknar beskrivning ([StepHelp] i stegdefinitionen): " +
                              string.Join(", ", missing.Select(s => s.Entry.Source)));
        return 0;
    }

    /// <summary>The catalogue's data, from a quiet dry run of every feature; null (said why) when it could not be read.</summary>
    public static async Task<StepCatalogView?> ReadAsync(string root, bool noBuild)
    {
        Console.WriteLine("Stegkatalog: läser stegdefinitionerna och feature-filerna (torrkörning utan tenants och webbläsare) …");
        // The dry run's own files are of no use afterwards; a folder of its own also keeps parallel calls apart.
        var folder = Directory.CreateTempSubdirectory("e2e-steg-").FullName;
        try
        {
            var (outcome, _) = await DryRunCommand.RunOnceAsync(root, new RunOptions("local", null, null, noBuild), folder, quiet: true);
            var data = StepCatalogFiles.DataFile(folder);
            if (!File.Exists(data))
            {
                Console.Error.WriteLine($"Torrkörningen skrev ingen stegdata (dotnet test slutkod {outcome.ExitCode}). Se felen ovan.");
                return null;
            }
            if (outcome.ExitCode != 0)
                Console.WriteLine($"Obs: {outcome.Failed} scenarier går inte att binda (se ovan, eller kör run --torrkorning); katalogen visar stegen som finns.");
            return Load(root, data);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static StepCatalogView Load(string root, string dataFile) => new(StepCatalogData.FromJson(File.ReadAllText(dataFile)),
        ProcessCatalog.LoadIfPresent(Path.Combine(root, "features", ProcessCatalog.FileName)));

    private static int PrintUnused(StepCatalogView view)
    {
        var unused = view.Unused.ToList();
        Console.WriteLine(unused.Count == 0
            ? $"Alla {view.Steps.Count} steg används i något scenario."
            : $"Steg som inget scenario använder ({unused.Count} av {view.Steps.Count}):");
        foreach (var step in unused) Console.WriteLine($"  {step.Title}   ({step.Entry.Subject}; {step.Entry.Source})");
        return 0;
    }
}
