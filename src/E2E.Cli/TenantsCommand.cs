using E2E.Organisation;
using E2E.Tenants.Host;

namespace E2E.Cli;

/// <summary>"tenants": the simulated SAMSA and Samvy for manual exploration, until Ctrl+C.</summary>
internal static class TenantsCommand
{
    public static async Task<int> ExecuteAsync()
    {
        var data = Path.Combine(RepositoryRoot.Find(), "artifacts", "tenants-data");
        Directory.CreateDirectory(data);
        await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { DataDirectory = data });
        Console.WriteLine($"""
            Simulerade tenants är igång (data i {data}):
              SAMSA:       {tenants.SamsaUrl}
              Samvy:       {tenants.SamvyUrl}
              Integration: {tenants.IntegrationUrl}  (katalogtjänst och test-API)

            Demoanvändare (välj på inloggningssidan):
            """);
        foreach (var user in tenants.DemoUsers)
            Console.WriteLine($"  {user}");
        var both = StaffCatalogue.AtUnit(UnitCatalogue.HomeCareIn("Alingsås").HsaId).Single(s => s.Role == StaffRoles.MunicipalCoordinator);
        Console.WriteLine($"\nUppdrag i båda systemen: {both} (hemsjukvården i Samvy, biståndshandläggarna i SAMSA).");
        Console.WriteLine("API:erna kräver token (SAMSA: POST api/token, Samvy: POST oauth/token); klienthemligheten skrivs inte ut.");
        Console.WriteLine("\nAvsluta med Ctrl+C.");

        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        await stop.Task;
        return 0;
    }
}
