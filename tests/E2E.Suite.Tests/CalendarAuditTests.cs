using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>
/// Keeps the code that talks to tenants off the machine's calendar: no reading of the machine's clock except for
/// real durations, and a written-out date only in a file that also sets the tenants' clock next to it. (The CI
/// pass with E2E_NOW on another day proves the behaviour; this names the line before anyone waits for CI.)
/// </summary>
public sealed partial class CalendarAuditTests
{
    // Code that reaches tenants or counts their days.
    private static readonly string[] Audited =
        ["src/E2E.Specs", "src/E2E.Drivers", "src/E2E.Core", "src/E2E.Cli", "tests/E2E.Tenants.Tests", "tests/E2E.Tenants.Benchmark"];

    // Real durations and real timestamps, not days: token lifetimes, polling deadlines, the report's run time, and
    // the one test of the tenants' real-time mode.
    private static readonly string[] MachineClockAllowed =
    [
        "src/E2E.Drivers/Http/ApiTokens.cs", "src/E2E.Cli/RunCommand.cs",
        "tests/E2E.Tenants.Tests/Support/Eventually.cs", "tests/E2E.Tenants.Tests/ClockTests.cs",
    ];

    // What fixes the tenants' clock in a test (directly or through the helper that does).
    private static readonly string[] ClockSetters = ["_sim/klocka", "SetClockAsync", "SetTodayAsync", "SeedMovedPatientAsync"];

    [Test]
    public void Nothing_that_talks_to_tenants_reads_the_machines_calendar()
    {
        var found = Lines(".cs").Where(l => MachineClock().IsMatch(l.Text) && !MachineClockAllowed.Contains(l.File));
        found.Select(l => l.ToString()).Should().BeEmpty(
            "dates and times come from the tenants' clock (TenantClock, TestClock, E2E_NOW), not from the machine");
    }

    [Test]
    public void A_written_out_date_sits_next_to_a_clock_that_is_set()
    {
        var files = Lines(".cs").Where(l => QuotedDate().IsMatch(l.Text)).GroupBy(l => l.File);
        var unfixed = files.Where(f => !ClockSetters.Any(File.ReadAllText(Path.Combine(Root, f.Key)).Contains))
            .Where(f => f.Key.StartsWith("tests/", StringComparison.Ordinal))
            .SelectMany(f => f.Select(l => l.ToString()));
        unfixed.Should().BeEmpty("a date in a test counts from TestClock, or the test sets the tenants' clock to match it");
    }

    [Test]
    public void Scenarios_write_dates_relative_to_the_tenants_today()
    {
        // A written-out date belongs in a feature that first says what day it is ("Givet att det är …").
        var found = Directory.EnumerateFiles(Path.Combine(Root, "features"), "*.feature", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("att det är ", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => new Line(Relative(f), i + 1, text)))
            .Where(l => FeatureDate().IsMatch(l.Text));
        found.Select(l => l.ToString()).Should().BeEmpty("scenarios say \"idag\" or \"om 5 dagar\", or first say what day it is");
    }

    private sealed record Line(string File, int Number, string Text)
    {
        public override string ToString() => $"{File}:{Number}: {Text.Trim()}";
    }

    private static IEnumerable<Line> Lines(string extension) => Audited
        .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Root, d), "*" + extension, SearchOption.AllDirectories))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
        .SelectMany(f => File.ReadLines(f).Select((text, i) => new Line(Relative(f), i + 1, text)))
        .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "E2E.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hittar inte E2E.sln ovanför " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b|TimeProvider\.System\.GetLocalNow")]
    private static partial Regex MachineClock();

    [GeneratedRegex("\"[^\"]*\\b20\\d{2}-[01]\\d-[0-3]\\d")]
    private static partial Regex QuotedDate();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex FeatureDate();
}
