namespace E2E.Drivers.Reachability;

/// <summary>
/// An environment failure (miljöfel), not a product failure: a tenant did not answer, or answered that it is unavailable,
/// when no scenario had taken it down on purpose. The report and the CLI recognise it by its type name and by the
/// message's first word <see cref="Prefix"/> (E2E.Reporting's EnvironmentFailure reads the same words).
/// </summary>
public sealed class TenantUnreachableException(string system, string environment, Uri address, string whatHappened, Exception? inner = null)
    : Exception($"{Prefix} {system} i miljön {environment} svarade inte ({address}): {whatHappened}", inner)
{
    public const string Prefix = "MILJÖFEL:";

    /// <summary>"SAMSA", "Samvy" or "Integrationen", as the summary line names it.</summary>
    public string System { get; } = system;

    public string Environment { get; } = environment;

    public Uri Address { get; } = address;

    public string WhatHappened { get; } = whatHappened;
}
