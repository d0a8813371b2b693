using System.Collections.Concurrent;
using System.Diagnostics;

namespace E2E.Tenants.Benchmark;

/// <summary>One measured request: which endpoint, how long, and whether it answered as expected.</summary>
public sealed record Sample(string Endpoint, TimeSpan Latency, bool Ok);

public sealed record BurstResult(IReadOnlyList<Sample> Samples, TimeSpan Elapsed);

/// <summary>Fires requests at the endpoint mix, round-robin, with a fixed number in flight at once.</summary>
public static class Burst
{
    public static async Task<BurstResult> RunAsync(EndpointMix mix, int requests, int concurrency)
    {
        var samples = new ConcurrentBag<Sample>();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var endpoint = mix.Endpoints[i % mix.Endpoints.Count];
            var before = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                using var response = await endpoint.Send(i, ct);
                ok = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                ok = false;
            }
            samples.Add(new Sample(endpoint.Name, Stopwatch.GetElapsedTime(before), ok));
        });
        return new BurstResult([.. samples], Stopwatch.GetElapsedTime(started));
    }
}
