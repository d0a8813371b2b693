using E2E.Cli.Granskning;
using E2E.Reporting.Processes;

namespace E2E.Cli;

/// <summary>
/// "granska": the feature files against the house rules, without building or running anything. Each finding with
/// file, line, rule and a suggestion; findings in the agreed baseline are shown but only new ones fail (exit 1).
/// </summary>
internal static class LintCommand
{
    public static int Execute(string[] args)
    {
        var update = args.Contains("--uppdatera-baslinje");
        var unknown = args.FirstOrDefault(a => a != "--uppdatera-baslinje");
        if (unknown is not null) throw new UsageException($"Okänt val till granska: {unknown} (se \"hjälp\").");

        var root = RepositoryRoot.Find();
        var features = Path.Combine(root, "features");
        var catalog = ProcessCatalog.LoadIfPresent(Path.Combine(features, ProcessCatalog.FileName));
        var findings = FeatureLinter.Check(root, features, catalog);
        var baselineFile = Path.Combine(features, Baseline.FileName);
        if (update)
        {
            Baseline.Write(baselineFile, findings);
            Console.WriteLine($"Baslinjen skrevs med {findings.Count} fynd: features/{Baseline.FileName}");
            return 0;
        }

        var accepted = Baseline.Read(baselineFile);
        var fresh = findings.Where(f => !accepted.Contains(f.Key)).ToList();
        foreach (var finding in fresh) Console.WriteLine(finding);
        var old = findings.Count - fresh.Count;
        if (old > 0) Console.WriteLine($"({old} kända fynd i baslinjen features/{Baseline.FileName} visas inte.)");
        // The quarantine file has no baseline: a wrong entry would silently quarantine nothing, or the wrong thing.
        var quarantine = QuarantineCheck.Problems(features);
        foreach (var problem in quarantine) Console.WriteLine($"[karantän] {problem}");
        var files = Directory.EnumerateFiles(features, "*.feature", SearchOption.AllDirectories).Count();
        Console.WriteLine(fresh.Count == 0 && quarantine.Count == 0
            ? $"GRANSKNING: GODKÄND ({files} feature-filer, inga nya fynd)"
            : $"GRANSKNING: {fresh.Count} nya fynd i {fresh.Select(f => f.File).Distinct().Count()} av {files} feature-filer" +
              (quarantine.Count == 0 ? "" : $", {quarantine.Count} fel i features/karantan.json"));
        return fresh.Count == 0 && quarantine.Count == 0 ? 0 : 1;
    }
}
