namespace E2E.Core.Settings;

/// <summary>Refuses any host that the environment file does not list: the suite must never wander off.</summary>
public sealed class AllowedHostsGuard(IReadOnlyCollection<string> allowedHosts, string sourceFile)
{
    public AllowedHostsGuard(EnvironmentSettings environment)
        : this(environment.AllowedHosts, environment.SourceFile) { }

    public bool IsAllowed(Uri uri) =>
        !uri.IsAbsoluteUri
        || uri.Scheme is "about" or "data" or "blob"
        || allowedHosts.Any(host => string.Equals(host, uri.Host, StringComparison.OrdinalIgnoreCase));

    public void EnsureAllowed(Uri uri)
    {
        if (!IsAllowed(uri))
            throw new EnvironmentNotReadyException(
                $"Sviten vägrar kontakta värden '{uri.Host}': den finns inte i allowedHosts i {sourceFile}. " +
                "Lägg till den där om den verkligen hör till testmiljön.");
    }

    public void EnsureAllowed(string url) => EnsureAllowed(new Uri(url));
}
