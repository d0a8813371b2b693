namespace E2E.Tenants.Integration.Directory;

public static class DirectoryRegistration
{
    /// <summary>The directory's services under the given systemval rule set.</summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services, SystemChoiceRuleSet rules) =>
        services.AddSingleton(rules)
            .AddSingleton<SystemChoice>()
            .AddSingleton<RecipientDirectory>()
            .AddSingleton<DirectoryDate>();
}
