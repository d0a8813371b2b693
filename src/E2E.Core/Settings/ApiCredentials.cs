namespace E2E.Core.Settings;

/// <summary>
/// The API client the suite uses to ask a system for bearer tokens. The secret is a <see cref="Secret"/>, so no
/// log, trace or report can print it: for real tenants it comes from an environment variable through the
/// environment file's ${VAR} placeholder, for the embedded tenants from the in-process start.
/// </summary>
public sealed record ApiClient(string ClientId, Secret ClientSecret);

/// <summary>The API clients per system; a system without one cannot be called over its API.</summary>
public sealed record ApiCredentials(ApiClient? Samsa, ApiClient? Samvy)
{
    public static readonly ApiCredentials None = new(null, null);

    /// <summary>credentials.samsa / credentials.samvy with clientId and clientSecret in the environment file.</summary>
    public static ApiCredentials FromEnvironment(EnvironmentSettings environment) =>
        new(Read(environment, "samsa"), Read(environment, "samvy"));

    private static ApiClient? Read(EnvironmentSettings environment, string system) =>
        environment.Credentials.TryGetValue(system, out var values)
        && values.TryGetValue("clientId", out var id) && values.TryGetValue("clientSecret", out var secret)
            ? new ApiClient(id.Reveal(), secret)
            : null;
}
