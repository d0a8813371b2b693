using E2E.Cli.Kontroll;

namespace E2E.Cli;

/// <summary>
/// "kontroll": is this machine and this environment ready for the suite? .NET, Node, a browser, the environment file,
/// its secrets (presence only), its hosts, or the simulated tenants starting. One Swedish line per check; exit 0 only
/// when all are OK, 3 (environment) otherwise.
/// </summary>
internal static class DoctorCommand
{
    public static async Task<int> ExecuteAsync(string[] args)
    {
        var environment = "local";
        var reader = new OptionReader(args);
        while (reader.Next() is { } option)
        {
            if (option is "--miljo" or "--miljö" or "--env") environment = reader.Value();
            else throw new UsageException($"Okänt val till kontroll: {option} (se \"hjälp\").");
        }
        var root = RepositoryRoot.Find();
        EnvironmentFiles.RequireExists(root, environment);
        Console.WriteLine($"Kontroll av datorn och miljön \"{environment}\":");
        var lines = new List<CheckLine> { MachineChecks.DotNet(), await MachineChecks.NodeAsync(), MachineChecks.Browser(root) };
        foreach (var line in lines) Console.WriteLine(line);
        foreach (var line in await EnvironmentChecks.CheckAsync(root, environment))
        {
            lines.Add(line);
            Console.WriteLine(line);
        }
        var failed = lines.Count(l => !l.Ok);
        Console.WriteLine(failed == 0 ? "\nKONTROLL: ALLT OK" : $"\nKONTROLL: {failed} {(failed == 1 ? "sak" : "saker")} att åtgärda (se FEL ovan)");
        return failed == 0 ? 0 : EnvironmentReadiness.ExitCode;
    }
}
