using E2E.Tenants.Integration.Data;
using E2E.Tenants.Integration.Simulation;
using Microsoft.EntityFrameworkCore;

namespace E2E.Tenants.Integration.Routing;

/// <summary>The integration's part of the identity audit: the patients in the messages it carries.</summary>
public static class RoutingIdentityAudit
{
    public static IEndpointRouteBuilder MapRoutingIdentityAudit(this IEndpointRouteBuilder app) =>
        app.MapIdentityAudit(async (services, ct) =>
            await services.GetRequiredService<IntegrationDb>().RoutedMessages.AsNoTracking()
                .Select(m => m.PayloadJson).ToListAsync(ct));
}
