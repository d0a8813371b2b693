using System.Net.Sockets;

namespace E2E.Drivers.Reachability;

/// <summary>
/// The API path: a request nobody answered (connection refused, name not found, connect timeout) or a 503 "unavailable"
/// answer (<see cref="UnavailableAnswer"/>) becomes a <see cref="TenantUnreachableException"/>, unless its system is
/// down on purpose.
/// </summary>
public sealed class ReachabilityHandler(TenantReachability reachability, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var address = request.RequestUri!;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (e.StatusCode is null && reachability.Failure(address, NoAnswer(request, e), e) is { } failure)
        {
            throw failure;
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested
            && reachability.Failure(address, $"inget svar inom tidsgränsen på {request.Method} {address.PathAndQuery}", e) is { } failure)
        {
            throw failure;
        }
        if (!UnavailableAnswer.Is((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType)) return response;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var unavailable = reachability.Failure(address,
            $"{(int)response.StatusCode} {response.ReasonPhrase} på {request.Method} {address.PathAndQuery}, \"{UnavailableAnswer.Shortened(body)}\"");
        if (unavailable is null) return response;
        response.Dispose();
        throw unavailable;
    }

    private static string NoAnswer(HttpRequestMessage request, HttpRequestException e)
    {
        var socket = e.InnerException as SocketException ?? e.InnerException?.InnerException as SocketException;
        var why = socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "anslutningen nekades (ingen lyssnar på porten)",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "värdnamnet gick inte att slå upp (DNS)",
            SocketError.TimedOut => "anslutningen tog för lång tid",
            _ => e.Message,
        };
        return $"{why} på {request.Method} {request.RequestUri!.PathAndQuery}";
    }
}
