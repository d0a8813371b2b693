using E2E.Tenants.Integration.Access;
using E2E.Tenants.Integration.Client;
using E2E.Tenants.Integration.Contracts;
using E2E.Tenants.Integration.Hosting;
using E2E.Tenants.Integration.Outbox;
using E2E.Tenants.Integration.Payment;
using E2E.Tenants.Integration.Simulation;
using E2E.Tenants.Samvy.Access;
using E2E.Tenants.Samvy.CarryOver;
using E2E.Tenants.Samvy.Data;
using E2E.Tenants.Samvy.Fhir;
using E2E.Tenants.Samvy.Identity;
using E2E.Tenants.Samvy.Messaging;
using E2E.Tenants.Samvy.Sip;
using E2E.Tenants.Integration.Events;

namespace E2E.Tenants.Samvy;

/// <summary>Composition of simulated Samvy: patient chart pages, FHIR API, inbound deliveries, outbox.</summary>
public static class SamvyApp
{
    public static async Task<WebApplication> StartAsync(
        SimulationState sim, Uri integrationUrl, string databasePath, int port, CancellationToken ct)
    {
        var builder = TenantWebApplication.CreateBuilder(typeof(SamvyApp).Assembly, port);
        builder.Services.AddSingleton(sim);
        builder.Services.AddSingleton<TimeProvider>(sim.Clock);
        builder.Services.AddSqliteDb<SamvyDb>(databasePath);
        builder.Services.AddIntegrationClient(integrationUrl);
        builder.Services.AddScoped<PatientStore>();
        builder.Services.AddScoped<IdentityLinker>();
        builder.Services.AddScoped<EpisodeStore>();
        builder.Services.AddScoped<CommunicationSender>();
        builder.Services.AddScoped<CommunicationStates>();
        builder.Services.AddScoped<SipPlanService>();
        builder.Services.AddScoped<IInboundEventHandler, SamsaCarryOver>();
        builder.Services.AddHostedService<OutboxDispatcher<SamvyDb>>();
        builder.Services.AddDemoLogin("Samvy");
        builder.Services.AddTenantAccess(integrationUrl);
        builder.Services.AddOwnRazorPages(typeof(SamvyApp).Assembly, pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/LoggaIn");
            pages.Conventions.AllowAnonymousToPage("/LoggaUt");
        });

        var app = builder.Build();
        app.UseOutageFault(sim, KnownFaults.SamvyDown, "Samvy");
        app.UseAuthentication();
        app.UseBearerGate(TokenEndpoint.IsProtected, TokenEndpoint.RefuseAsync);
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapFhir();
        app.MapDocumentDownload();
        app.MapSamvyToken();
        app.MapInbound();
        app.MapInboundIdentityLinks();
        app.MapInboundEvents<SamvyDb>("integration/handelser");
        app.MapSamvyIdentityAudit();
        app.MapPaymentBasis<SamvyDb>("export/betalningsunderlag", SystemNames.Samvy);

        await app.EnsureCreatedAsync<SamvyDb>(ct);
        FhirJson.Warm();
        sim.OnReset(SystemNames.Samvy, token => EmptyAsync(app, token));
        await app.StartAsync(ct);
        return app;
    }

    private static async Task EmptyAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SamvyDb>().EmptyAsync(ct);
    }
}
