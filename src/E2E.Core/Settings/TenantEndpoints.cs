namespace E2E.Core.Settings;

/// <summary>
/// The tenants as the suite reaches them: base URLs and API clients, from the environment file, or from the
/// embedded tenants once started.
/// </summary>
public sealed record TenantEndpoints(Uri Samsa, Uri Samvy, Uri Integration, bool IsSimulated)
{
    /// <summary>Who the suite is towards the APIs (client id and secret per system).</summary>
    public ApiCredentials Credentials { get; init; } = ApiCredentials.None;

    /// <summary>
    /// What the suite may ask of the tenants' test-only API (_sim): the environment file's "förmågor" once a run
    /// starts; simulated tenants started in-process by other code offer all of it.
    /// </summary>
    public EnvironmentCapabilities Capabilities { get; init; } = IsSimulated ? EnvironmentCapabilities.All : EnvironmentCapabilities.None;

    public bool Has(string capability) => Capabilities.Has(capability);

    public static TenantEndpoints FromEnvironment(EnvironmentSettings environment)
    {
        Uri Required(TenantAddress address, string key) =>
            string.IsNullOrWhiteSpace(address.BaseUrl)
                ? throw new SettingsFileException($"{key}.baseUrl saknas i {environment.SourceFile}.")
                : WithTrailingSlash(address.BaseUrl);

        return new TenantEndpoints(
            Required(environment.Samsa, "samsa"),
            Required(environment.Samvy, "samvy"),
            Required(environment.Integration, "integration"),
            IsSimulated: false)
        {
            Credentials = ApiCredentials.FromEnvironment(environment),
            Capabilities = environment.Capabilities,
        };
    }

    /// <summary>Relative paths resolve under the base only when it ends with a slash.</summary>
    public static Uri WithTrailingSlash(string url) => new(url.EndsWith('/') ? url : url + "/");

    public void EnsureAllowed(AllowedHostsGuard guard)
    {
        guard.EnsureAllowed(Samsa);
        guard.EnsureAllowed(Samvy);
        guard.EnsureAllowed(Integration);
    }
}
