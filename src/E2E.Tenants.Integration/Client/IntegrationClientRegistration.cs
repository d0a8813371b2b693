namespace E2E.Tenants.Integration.Client;

public static class IntegrationClientRegistration
{
    /// <summary>Registers <see cref="IntegrationClient"/> against the integration's base address.</summary>
    public static IServiceCollection AddIntegrationClient(this IServiceCollection services, Uri integrationUrl)
    {
        services.AddHttpClient<IntegrationClient>(http =>
        {
            http.BaseAddress = integrationUrl;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        return services;
    }
}
