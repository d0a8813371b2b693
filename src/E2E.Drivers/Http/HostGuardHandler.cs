using E2E.Core.Settings;

namespace E2E.Drivers.Http;

/// <summary>Stops every HTTP request to a host outside the environment's allow-list before it leaves the process.</summary>
public sealed class HostGuardHandler(AllowedHostsGuard guard) : DelegatingHandler(
    // A tenant that does not take the connection is reported as unreachable after this, not after the whole request timeout.
    new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) })
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not null) guard.EnsureAllowed(request.RequestUri);
        return base.SendAsync(request, cancellationToken);
    }
}
