using System.Security.Cryptography;
using System.Text;
using Gherkin.CucumberMessages;

namespace E2E.Runner.Discovery;

/// <summary>Gherkin message ids that are stable across runs (reports and re-runs can refer to them).</summary>
internal sealed class DeterministicIdGenerator(string seed) : IIdGenerator
{
    private readonly string _prefix = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];
    private int _next;

    public string GetNewId() => $"{_prefix}-{Interlocked.Increment(ref _next)}";
}
