using E2E.Tenants.Benchmark;
using E2E.Tenants.Host;

// Usage: dotnet run -c Release --project tests/E2E.Tenants.Benchmark -- [requests=2000] [concurrency=32]
var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32;

await using var tenants = await SimulatedTenants.StartAsync(new SimulatedTenantsOptions { Now = E2E.Core.Time.SuiteNow.Value }); // E2E_NOW or real time
using var http = new HttpClient();
var mix = await EndpointMix.PrepareAsync(http, tenants);

await Burst.RunAsync(mix, requests: 100, concurrency); // warm-up: JIT, connection pools, SQLite caches
var result = await Burst.RunAsync(mix, requests, concurrency);

Console.WriteLine($"Burst: {requests} requests, concurrency {concurrency}, {Environment.ProcessorCount} cores, {result.Elapsed.TotalSeconds:F2} s");
LatencyReport.Print(result, Console.Out);
return result.Samples.Any(s => !s.Ok) ? 1 : 0;
