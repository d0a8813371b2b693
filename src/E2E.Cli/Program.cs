using E2E.Cli;

// e2e: one entry point for people. "run" runs the suite and builds the report; "tenants" starts the simulated
// tenants for manual exploration; "felprov" proves the suite catches each named tenant fault.
var command = args.FirstOrDefault() ?? "hjälp";
var rest = args.Skip(1).ToArray();
try
{
    return command switch
    {
        "benchmark" or "mät" => await BenchmarkCommand.ExecuteAsync(BenchmarkOptions.Parse(rest)),
        "run" or "kör" => await RunCommand.ExecuteAsync(RunOptions.Parse(rest)),
        "rapport" or "report" => await E2E.Cli.Delar.MergeCommand.ExecuteAsync(E2E.Cli.Delar.MergeOptions.Parse(rest)),
        "tenants" or "miljöer" => await TenantsCommand.ExecuteAsync(rest),
        "felprov" => await FaultProbeCommand.ExecuteAsync(FaultProbeOptions.Parse(rest)),
        "granska" => LintCommand.Execute(rest),
        "kontroll" => await DoctorCommand.ExecuteAsync(rest),
        "steg" => await StepCatalogCommand.ExecuteAsync(rest),
        _ => Help.Show(command),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (E2E.Core.Settings.SettingsFileException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
