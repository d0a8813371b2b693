using System.Net;
using System.Net.Sockets;

namespace E2E.Cli.Tests;

/// <summary>A local port nobody listens on: taken from the system and closed again at once.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
