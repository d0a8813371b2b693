using System.Text.Json;
using E2E.Core.Settings;
using E2E.Drivers.Reachability;

namespace E2E.Drivers.Http;

/// <summary>
/// Host-guarded HTTP clients for each tenant, shared by the whole run (HttpClient is thread-safe). A tenant that does
/// not answer is an environment failure (<see cref="Reachability"/>), named with the environment.
/// </summary>
public sealed class TenantHttpClients : IDisposable
{
    private readonly TenantEndpoints endpoints;
    private readonly HttpMessageHandler _handler;

    public TenantHttpClients(TenantEndpoints endpoints, AllowedHostsGuard guard, string environment = "okänd")
    {
        this.endpoints = endpoints;
        Reachability = new TenantReachability(endpoints, environment);
        _handler = new ReachabilityHandler(Reachability, new HostGuardHandler(guard));
    }

    public TenantReachability Reachability { get; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TenantEndpoints Endpoints => endpoints;

    public HttpClient Samsa => _samsa ??= Create(endpoints.Samsa);
    public HttpClient Samvy => _samvy ??= Create(endpoints.Samvy);
    public HttpClient Integration => _integration ??= Create(endpoints.Integration);

    /// <summary>Bearer tokens for the SAMSA and Samvy APIs, shared by the run like the clients.</summary>
    public ApiTokens Tokens => _tokens ??= new ApiTokens(this);

    private ApiTokens? _tokens;

    private HttpClient? _samsa, _samvy, _integration;

    private HttpClient Create(Uri baseAddress) =>
        new(_handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose()
    {
        _samsa?.Dispose();
        _samvy?.Dispose();
        _integration?.Dispose();
        _handler.Dispose();
    }
}
