namespace E2E.Tenants.Host;

/// <summary>
/// The API client of one simulated system: a fixed client id and a secret drawn at random on every start. It is
/// handed over in-process only; ToString never shows the secret, so it cannot end up in a log or a report.
/// </summary>
public sealed record ApiClientCredentials(string ClientId, string ClientSecret)
{
    public override string ToString() => $"{ClientId} (hemlighet dold)";
}
