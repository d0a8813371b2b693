using E2E.Core.Browser;
using E2E.Core.Settings;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>What each trace mode records on the first try and on retries, and that an unknown mode is refused.</summary>
public sealed class TracePolicyTests
{
    [TestCase("on-first-retry", 1, "off")]
    [TestCase("on-first-retry", 2, "on")]
    [TestCase("on-first-retry", 3, "off")]
    [TestCase("retain-on-first-failure", 1, "retain-on-failure")]
    [TestCase("retain-on-first-failure", 2, "off")]
    [TestCase("retain-on-failure", 2, "retain-on-failure")]
    [TestCase("on", 3, "on")]
    [TestCase("off", 1, "off")]
    public void An_attempt_records_as_its_mode_says(string mode, int attempt, string recorded) =>
        TracePolicy.ForAttempt(new PlaywrightSettings { Trace = mode }, attempt).Trace.Should().Be(recorded);

    [Test]
    public void An_unknown_mode_in_the_file_is_refused_naming_the_file_and_the_allowed_modes()
    {
        var folder = Directory.CreateTempSubdirectory("trace-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, PlaywrightSettingsLoader.FileName), """{ "trace": "alltid" }""");
            var load = () => PlaywrightSettingsLoader.Load(folder);
            load.Should().Throw<SettingsFileException>()
                .WithMessage("*playwright.config.json*\"alltid\"*retain-on-failure*on-first-retry*");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
