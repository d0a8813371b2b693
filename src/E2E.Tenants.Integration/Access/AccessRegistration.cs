namespace E2E.Tenants.Integration.Access;

public static class AccessRegistration
{
    /// <summary>What a tenant needs for logins and tokens: the staff directory client, its own token store, the issuer.</summary>
    public static IServiceCollection AddTenantAccess(this IServiceCollection services, Uri integrationUrl)
    {
        services.AddHttpClient<Client.StaffClient>(http =>
        {
            http.BaseAddress = integrationUrl;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        services.AddSingleton<AccessTokens>();
        services.AddScoped<TokenIssuer>();
        return services;
    }
}
