using E2E.Core.Time;
using E2E.Organisation;
using E2E.Tenants.Host;

namespace E2E.Cli;

/// <summary>"tenants": the simulated SAMSA and Samvy for manual exploration, until Ctrl+C or SIGTERM.</summary>
internal static class TenantsCommand
{
    private const string KeepData = "--behall-data";

    public static async Task<int> ExecuteAsync(string[] args)
    {
        if (args.FirstOrDefault(a => a != KeepData) is { } unknown)
            throw new UsageException($"Okänt val för tenants: {unknown}. Tillåtet: {KeepData}.");
        var data = Path.Combine(RepositoryRoot.Find(), "artifacts", "tenants-data");
        // The schema is created, not migrated: a folder from an older version would not fit, so start clean by default.
        if (!args.Contains(KeepData) && Directory.Exists(data)) Directory.Delete(data, recursive: true);
        Directory.CreateDirectory(data);
        await using var tenants = await StartAsync(data);
        Console.WriteLine($"""
            Simulerade tenants är igång (data i {data}):
              SAMSA:       {tenants.SamsaUrl}
              Samvy:       {tenants.SamvyUrl}
              Integration: {tenants.IntegrationUrl}  (katalogtjänst och test-API)

            Logga in: välj identitet och sedan uppdrag. Några demoanvändare ({tenants.DemoUsers.Count} finns, en per enhet):
            """);
        foreach (var user in tenants.DemoUsers.Take(4))
            Console.WriteLine($"  {user.Name,-20} {user.Role,-20} {user.UnitName,-32} {user.System}");
        Console.WriteLine("\nInskrivna patienter att börja med:");
        foreach (var patient in await DemoPatients.AdmitAsync(tenants, SuiteNow.IsSet ? SuiteNow.Value : TimeProvider.System.GetUtcNow()))
            Console.WriteLine($"  {patient}");
        var both = StaffCatalogue.AtUnit(UnitCatalogue.HomeCareIn("Alingsås").HsaId).Single(s => s.Role == StaffRoles.MunicipalCoordinator);
        Console.WriteLine($"\nUppdrag i båda systemen: {both} (hemsjukvården i Samvy, biståndshandläggarna i SAMSA).");
        Console.WriteLine($"Alla demoanvändare: {tenants.IntegrationUrl}_sim/anvandare");
        Console.WriteLine();
        Console.WriteLine(TenantApiHelp.Text(tenants));
        Console.WriteLine($"\nAvsluta med Ctrl+C. Data rensas vid nästa start (behåll den med {KeepData}).");

        // Ctrl+C or SIGTERM (a service manager, a test) ends the wait; "await using" then stops the tenants' servers.
        using var stop = StopSignals.Listen();
        try { await Task.Delay(Timeout.Infinite, stop.Token); }
        catch (OperationCanceledException) { Console.WriteLine("Stoppar de simulerade tenanterna …"); }
        return 0;
    }

    /// <summary>Kept data from another version is refused by the tenants; the user gets that sentence, not a stack.</summary>
    private static async Task<SimulatedTenants> StartAsync(string data)
    {
        try
        {
            // Real time for exploration unless E2E_NOW asks for another "now" (as the tests and scenarios use it).
            return await SimulatedTenants.StartAsync(new SimulatedTenantsOptions
            {
                DataDirectory = data,
                Now = SuiteNow.IsSet ? SuiteNow.Value : null,
            });
        }
        catch (E2E.Tenants.Integration.Hosting.KeptDataMismatchException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
