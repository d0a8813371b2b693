using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace E2E.Tenants.Integration.Hosting;

/// <summary>Builds one tenant's own WebApplication so several can share a process without seeing each other.</summary>
public static class TenantWebApplication
{
    public static WebApplicationBuilder CreateBuilder(Assembly assembly, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = assembly.GetName().Name,
            // The library has no content of its own; the base directory always exists.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        // The start options are a tenant's whole configuration: no appsettings.json or environment of the hosting
        // process (a CLI's Kestrel endpoints, say) may leak into it.
        builder.Configuration.Sources.Clear();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTransient<IStartupFilter, Simulation.SimulationRequestLog.Filter>();
        return builder;
    }

    /// <summary>Razor Pages from this assembly only, so SAMSA never serves Samvy's pages or the other way round.</summary>
    public static IMvcBuilder AddOwnRazorPages(
        this IServiceCollection services, Assembly assembly, Action<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions> configure) =>
        services.AddRazorPages(configure).ConfigureApplicationPartManager(manager =>
        {
            manager.ApplicationParts.Clear();
            var factory = ApplicationPartFactory.GetApplicationPartFactory(assembly);
            foreach (var part in factory.GetApplicationParts(assembly))
            {
                manager.ApplicationParts.Add(part);
            }
        });

    /// <summary>The address Kestrel actually bound (port 0 means a free port chosen at start).</summary>
    public static Uri BoundUri(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Servern har ingen adress.");
        var address = addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
