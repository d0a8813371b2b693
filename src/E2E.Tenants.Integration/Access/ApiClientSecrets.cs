using System.Security.Cryptography;
using System.Text;
using E2E.Tenants.Integration.Contracts;

namespace E2E.Tenants.Integration.Access;

/// <summary>
/// The one API client each system knows (the test suite), with a secret drawn at random on every start. It lives
/// only in memory: the in-process starter hands it over, so it never lands in a file, a log or a report.
/// </summary>
public sealed class ApiClientSecrets
{
    public const string ClientId = "e2e-testsvit";

    private readonly Dictionary<string, string> secrets = new(StringComparer.Ordinal)
    {
        [SystemNames.Samsa] = NewSecret(),
        [SystemNames.Samvy] = NewSecret(),
    };

    public string SecretFor(string system) => secrets[system];

    /// <summary>Constant-time comparison, so the time taken reveals nothing about the secret.</summary>
    public bool Verify(string system, string? clientId, string? clientSecret) =>
        clientId == ClientId && clientSecret is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(secrets[system]));

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
