using E2E.Core.Settings;
using E2E.Specs.Support;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>How testers write days, moments and capabilities (no tenant): counted from a given today.</summary>
public sealed class TimeWordsTests
{
    private static readonly DateOnly Friday = new(2026, 3, 6);

    [TestCase("idag", "2026-03-06")]
    [TestCase("imorgon", "2026-03-07")]
    [TestCase("i går", "2026-03-05")]
    [TestCase("om 5 dagar", "2026-03-11")]
    [TestCase("om 1 dag", "2026-03-07")]
    [TestCase("för 2 dagar sedan", "2026-03-04")]
    [TestCase("på måndag", "2026-03-09")]
    [TestCase("på fredag", "2026-03-13")] // the coming Friday, never today
    [TestCase("på lördag", "2026-03-07")]
    [TestCase("2026-12-31", "2026-12-31")]
    public void Relative_dates_count_from_the_tenants_today(string phrase, string expected) =>
        RelativeDate.Parse(phrase, Friday).ToString("yyyy-MM-dd").Should().Be(expected);

    [Test]
    public void An_unknown_date_phrase_is_refused_in_Swedish_with_examples() =>
        FluentActions.Invoking(() => RelativeDate.Parse("nästa vecka", Friday)).Should().Throw<ArgumentException>()
            .WithMessage("Förstår inte datumet 'nästa vecka'. Skriv t.ex. idag*på måndag*");

    [TestCase("fredag 6 mars 2026 kl. 09.00", "2026-03-06T09:00:00+01:00")]
    [TestCase("söndag 28 mars 2027 kl. 02.30", "2027-03-28T03:30:00+02:00")] // the hour Sweden skips
    [TestCase("fredag 31 december 2027 kl. 23.30", "2027-12-31T23:30:00+01:00")]
    public void A_moment_is_Swedish_time(string text, string expected) =>
        E2E.Core.Time.SwedishTime.Iso(SwedishMoment.Parse(text)).Should().Be(expected);

    [TestCase("torsdag 6 mars 2026 kl. 09.00", "*den 6 mars 2026 är en fredag, inte en torsdag*")]
    [TestCase("fredag 30 februari 2026 kl. 09.00", "*februari 2026 har inte 30 dagar*")]
    [TestCase("fredag 6 mars 2026 kl. 25.00", "*klockslaget 25.00 finns inte*")]
    [TestCase("fredag 6 mars", "Förstår inte tidpunkten 'fredag 6 mars'*")]
    public void A_moment_that_cannot_be_is_refused_naming_the_value(string text, string message) =>
        FluentActions.Invoking(() => SwedishMoment.Parse(text)).Should().Throw<ArgumentException>().WithMessage(message);

    [Test]
    public void A_scenario_needing_the_clock_is_skipped_with_the_reason_where_the_environment_lacks_it()
    {
        var real = new TenantEndpoints(new Uri("https://samsa.test/"), new Uri("https://samvy.test/"), new Uri("https://int.test/"), IsSimulated: false);
        var withClock = real with { Capabilities = EnvironmentCapabilities.Parse(["testklocka"], "testmiljo", "environments/testmiljo.json") };
        var environment = new EnvironmentSettings { Name = "testmiljo", SourceFile = "environments/testmiljo.json" };
        string[] tags = ["process:P05", "kräver:testklocka"];

        Capabilities.MissingIn(environment, withClock, tags).Should().BeNull();
        Capabilities.MissingIn(environment, real, tags).Should().Be("Hoppas över: miljön testmiljo saknar en testklocka att ställa " +
            "(@kräver:testklocka står inte under \"förmågor\" i environments/testmiljo.json).");
        Capabilities.MissingIn(environment, real, ["process:P04"]).Should().BeNull();
    }

    [Test]
    public void Decommissioning_is_skipped_where_the_environment_cannot_reset_the_tenants_afterwards()
    {
        var real = new TenantEndpoints(new Uri("https://samsa.test/"), new Uri("https://samvy.test/"), new Uri("https://int.test/"), IsSimulated: false);
        TenantEndpoints Declaring(params string[] words) =>
            real with { Capabilities = EnvironmentCapabilities.Parse(words, "testmiljo", "environments/testmiljo.json") };
        var environment = new EnvironmentSettings { Name = "testmiljo", SourceFile = "environments/testmiljo.json" };
        string[] tags = ["process:P13", "kräver:avveckling"];

        Capabilities.MissingIn(environment, Declaring("avveckling", "återställning"), tags).Should().BeNull();
        Capabilities.MissingIn(environment, Declaring("avveckling"), tags).Should().Be("Hoppas över: miljön testmiljo saknar " +
            "en återställning av tenanterna (_sim/reset) (återställning står inte under \"förmågor\" i environments/testmiljo.json).");
    }

    [Test]
    public void An_unknown_capability_is_refused_naming_the_known_ones() =>
        FluentActions.Invoking(() => Capabilities.Required(["kräver:tidsmaskin"])).Should().Throw<ArgumentException>()
            .WithMessage("Okänd förmåga i taggen @kräver:tidsmaskin. Kända: @kräver:testklocka, @kräver:fel, @kräver:katalog, @kräver:avveckling.");
}
