using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samsa.Access;
using E2E.Tenants.Samsa.Api;
using E2E.Tenants.Samsa.Data;
using E2E.Tenants.Samsa.Decommissioning;
using E2E.Tenants.Samsa.Identity;
using E2E.Tenants.Samsa.Messaging;
using E2E.Tenants.Samsa.Sip;
using E2E.Tenants.Integration.Events;

namespace E2E.Tenants.Samsa;

/// <summary>Composition of simulated SAMSA: pages, REST API, inbound deliveries, outbox.</summary>
public static class SamsaApp
{
    public static async Task<WebApplication> StartAsync(
        SimulationState sim, Uri integrationUrl, string databasePath, int port, CancellationToken ct)
    {
        var builder = TenantWebApplication.CreateBuilder(typeof(SamsaApp).Assembly, port);
        builder.Services.AddSingleton(sim);
        builder.Services.AddSingleton<TimeProvider>(sim.Clock);
        builder.Services.AddSqliteDb<SamsaDb>(databasePath);
        builder.Services.AddIntegrationClient(integrationUrl);
        builder.Services.AddScoped<CaseStore>();
        builder.Services.AddScoped<NoticeSender>();
        builder.Services.AddScoped<NoticeStates>();
        builder.Services.AddScoped<IdentityLinker>();
        builder.Services.AddScoped<SipService>();
        builder.Services.AddScoped<DecommissionNotice>();
        builder.Services.AddScoped<DecommissionOverview>();
        builder.Services.AddScoped<Decommission>();
        builder.Services.AddScoped<IInboundEventHandler, CarryOverConfirmations>();
        builder.Services.AddHostedService<OutboxDispatcher<SamsaDb>>();
        builder.Services.AddProblemDetails();
        builder.Services.AddSamsaOpenApi();
        builder.Services.AddDemoLogin("Samsa");
        builder.Services.AddTenantAccess(integrationUrl);
        builder.Services.AddOwnRazorPages(typeof(SamsaApp).Assembly, pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/LoggaIn");
            pages.Conventions.AllowAnonymousToPage("/LoggaUt");
            // The skeleton's address of the admission notice form stays.
            pages.Conventions.AddPageRoute("/Skicka", "vardtillfallen/{id:int}/inskrivningsmeddelande");
        });

        var app = builder.Build();
        app.UseOutageFault(sim, KnownFaults.SamsaDown, "SAMSA");
        app.UseReadOnlyAfterDecommissioning();
        app.UseAuthentication();
        app.UseBearerGate(TokenEndpoint.IsProtected, TokenEndpoint.RefuseAsync);
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapPatients();
        app.MapStays();
        app.MapNotices();
        app.MapAttachments();
        app.MapCases();
        app.MapIdentityLinking();
        app.MapSamsaToken();
        app.MapInbound();
        app.MapSips();
        app.MapInboundEvents<SamsaDb>("api/integration/handelser");
        app.MapSamsaIdentityAudit();
        app.MapSamsaOpenApi();
        app.MapPaymentBasis<SamsaDb>("api/betalningsunderlag", SystemNames.Samsa);
        app.MapDecommissioning();

        await app.EnsureCreatedAsync<SamsaDb>(ct);
        sim.OnReset(SystemNames.Samsa, token => EmptyAsync(app, token));
        await app.StartAsync(ct);
        return app;
    }

    private static async Task EmptyAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SamsaDb>().EmptyAsync(ct);
    }
}
