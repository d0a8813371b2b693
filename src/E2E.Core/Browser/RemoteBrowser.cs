using System.Net.Sockets;
using System.Text.Json;
using E2E.Core.Settings;
using Microsoft.Playwright;

namespace E2E.Core.Browser;

/// <summary>
/// A Playwright browser server (remoteEndpoint / PLAYWRIGHT_REMOTE_ENDPOINT, e.g. `playwright run-server`): every
/// browser of the run is the server's, none is launched here. A server on this machine is told which browser to
/// launch, as a local launch would pick it: Playwright's own when installed, else the system Chromium (the server
/// must then run with --unsafe to accept a path and flags).
/// </summary>
public static class RemoteBrowser
{
    public const string Setting = $"{PlaywrightSettingsLoader.RemoteEndpointVariable} eller remoteEndpoint i {PlaywrightSettingsLoader.FileName}";

    public static async Task<IBrowser> ConnectAsync(IBrowserType type, PlaywrightSettings settings)
    {
        var endpoint = settings.RemoteEndpoint!;
        var options = new BrowserTypeConnectOptions
        {
            SlowMo = settings.SlowMoMs,
            Timeout = 60_000,
            Headers = new Dictionary<string, string> { ["x-playwright-launch-options"] = LaunchOptions(type, settings, endpoint) },
        };
        try
        {
            return await type.ConnectAsync(endpoint, options);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException(Unreachable(endpoint, e.Message.Split('\n', 2)[0].Trim()));
        }
    }

    /// <summary>Why the server does not answer, or null when something listens there (checked before a run starts).</summary>
    public static async Task<string?> ProblemAsync(string endpoint)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss"))
            return Unreachable(endpoint, "adressen ska börja med ws:// eller wss://");
        using var probe = new TcpClient();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await probe.ConnectAsync(uri.Host, uri.Port, patience.Token);
            return null;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return Unreachable(endpoint, e is SocketException s ? s.Message : "ingen anslutning inom 5 s");
        }
    }

    public static string Unreachable(string endpoint, string reason) =>
        $"Webbläsarservern {endpoint} ({Setting}) gick inte att nå: {reason}. Starta servern, " +
        $"rätta adressen eller ta bort inställningen för att starta webbläsaren på den här datorn.";

    // The x-playwright-launch-options header: what the server passes to its own launch of the browser.
    private static string LaunchOptions(IBrowserType type, PlaywrightSettings settings, string endpoint)
    {
        var options = new Dictionary<string, object> { ["headless"] = settings.Headless };
        if (IsOnThisMachine(endpoint) && type.Name == "chromium" && !BundledBrowserDetector.HasBundledBrowser(type.Name)
            && SystemChromiumLocator.Find() is { } executable)
        {
            options["executablePath"] = executable;
            options["args"] = SystemChromiumLocator.HardenedArgs();
        }
        return JsonSerializer.Serialize(options);
    }

    // Only a server here can launch a path found here; a server elsewhere launches its own browser.
    private static bool IsOnThisMachine(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == Environment.MachineName);
}
