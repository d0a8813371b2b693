using System.Text.RegularExpressions;
using E2E.Tenants.Integration.Simulation;
using FluentAssertions;

namespace E2E.Tenants.Tests;

/// <summary>
/// Every named fault must be proven by a test: a "// Fault: &lt;name&gt;" line right above the test's attribute,
/// on a test that shows the fault's effect and that the same check passes with it off.
/// </summary>
public sealed partial class FaultCatalogueTests
{
    // Faults other parts of issue 4 are still building (their tests arrive with their branches). The integrator
    // removes a name when merging the branch that proves it; the second test below insists on that.
    private static readonly string[] NotYetProven =
    [
        // Empty: every known fault is proven. Name a fault here only while its effect is being built on a branch.
    ];

    [GeneratedRegex(@"^[ \t]*// Fault: (?<name>\S+)[ \t]*\r?\n[ \t]*\[Test", RegexOptions.Multiline)]
    private static partial Regex Marker();

    [Test]
    public void Every_known_fault_has_a_marked_test()
    {
        var marked = MarkedFaults();

        KnownFaults.All.Keys.Except(NotYetProven).Where(name => !marked.Contains(name))
            .Should().BeEmpty("each fault needs a test marked \"// Fault: <name>\" above its [Test]/[TestCase]");
        marked.Where(name => !KnownFaults.IsKnown(name)).Should().BeEmpty("a marker must name a known fault");
    }

    [Test]
    public void Every_known_fault_names_the_processes_it_threatens()
    {
        KnownFaults.Threatens.Keys.Should().BeEquivalentTo(KnownFaults.All.Keys, "a fault drill runs the scenarios of these processes");
        KnownFaults.Threatens.Values.Should().OnlyContain(p => p.Length > 0 && p.All(id => ProcessId().IsMatch(id)));
    }

    [GeneratedRegex(@"^P(0[1-9]|1[0-5])$")]
    private static partial Regex ProcessId();

    [Test]
    public void The_not_yet_proven_list_holds_only_known_faults_still_without_a_marked_test()
    {
        var marked = MarkedFaults();

        NotYetProven.Where(name => !KnownFaults.IsKnown(name)).Should().BeEmpty("only known faults can wait for a test");
        NotYetProven.Where(marked.Contains).Should().BeEmpty("a proven fault must leave the NotYetProven list");
    }

    private static HashSet<string> MarkedFaults()
    {
        var folder = ProjectFolder();
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
        return [.. sources.SelectMany(f => Marker().Matches(File.ReadAllText(f))).Select(m => m.Groups["name"].Value)];
    }

    /// <summary>The test project's source folder, found by walking up from the test assembly to its .csproj.</summary>
    private static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "E2E.Tenants.Tests.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("E2E.Tenants.Tests.csproj hittades inte ovanför testassemblyn.");
    }
}
