using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Host;

/// <summary>Faults from the options plus the environment; an unknown name stops the start with a Swedish message.</summary>
internal static class StartupFaults
{
    public static IReadOnlyList<string> Resolve(SimulatedTenantsOptions options)
    {
        var fromEnvironment = (Environment.GetEnvironmentVariable(SimulatedTenantsOptions.FaultsEnvironmentVariable) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var faults = options.Faults.Concat(fromEnvironment).Distinct(StringComparer.Ordinal).ToList();
        var unknown = faults.FirstOrDefault(f => !KnownFaults.IsKnown(f));
        return unknown is null ? faults : throw new ArgumentException(KnownFaults.UnknownMessage(unknown), nameof(options));
    }
}
