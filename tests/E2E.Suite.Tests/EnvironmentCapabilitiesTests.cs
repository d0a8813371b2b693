using E2E.Core.Settings;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>"förmågor" in the environment files: what the shipped files declare, and a word nobody knows refused.</summary>
public sealed class EnvironmentCapabilitiesTests
{
    private static readonly string Environments = Path.Combine(AppContext.BaseDirectory, "environments");

    [Test]
    public void The_embedded_tenants_declare_every_capability_and_the_template_for_real_tenants_none()
    {
        EnvironmentSettingsLoader.Load(AppContext.BaseDirectory, "local").Capabilities.Declared.Should()
            .BeEquivalentTo("testklocka", "fel", "katalog", "avveckling", "återställning", "meddelandelogg");
        string[] secrets = ["SAMSA_CLIENT_ID", "SAMSA_CLIENT_SECRET", "SAMVY_CLIENT_ID", "SAMVY_CLIENT_SECRET"];
        var before = secrets.ToDictionary(s => s, Environment.GetEnvironmentVariable);
        foreach (var secret in secrets) Environment.SetEnvironmentVariable(secret, "bara-för-att-läsa-mallen");
        try
        {
            EnvironmentSettingsLoader.Load(AppContext.BaseDirectory, "testmiljo.template").Capabilities.Declared.Should().BeEmpty();
        }
        finally
        {
            foreach (var (secret, value) in before) Environment.SetEnvironmentVariable(secret, value);
        }
    }

    [Test]
    public void An_unknown_capability_is_refused_naming_the_file_and_the_value()
    {
        var name = "okand-formaga-" + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(Environments, name + ".json");
        File.WriteAllText(file, """{ "name": "x", "embeddedTenants": true, "förmågor": [ "testklocka", "tidsmaskin" ] }""");
        try
        {
            FluentActions.Invoking(() => EnvironmentSettingsLoader.Load(AppContext.BaseDirectory, name))
                .Should().Throw<SettingsFileException>()
                .WithMessage($"environments{Path.DirectorySeparatorChar}{name}.json: okänd förmåga \"tidsmaskin\" i \"förmågor\". Kända: testklocka, fel, katalog, avveckling, återställning, meddelandelogg.");
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void A_file_without_the_field_declares_nothing() =>
        EnvironmentCapabilities.Parse(null, "x", "environments/x.json").Shown.Should().Be("inga");
}
