using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Builders;

public class TestDataSeedTests
{
    [Test]
    public void The_same_run_seed_and_scenario_give_the_same_seed() =>
        TestDataSeed.Derive(123, "P04", "Kommunen får meddelandet", "Lerum")
            .Should().Be(TestDataSeed.Derive(123, "P04", "Kommunen får meddelandet", "Lerum"));

    [Test]
    public void Other_run_seed_feature_or_example_give_other_seeds()
    {
        var seed = TestDataSeed.Derive(123, "P04", "Kommunen får meddelandet", "Lerum");
        TestDataSeed.Derive(124, "P04", "Kommunen får meddelandet", "Lerum").Should().NotBe(seed);
        TestDataSeed.Derive(123, "P05", "Kommunen får meddelandet", "Lerum").Should().NotBe(seed);
        TestDataSeed.Derive(123, "P04", "Kommunen får meddelandet", "Alingsås").Should().NotBe(seed);
        TestDataSeed.Derive(123, "P04Kommunen får meddelandet", "Lerum").Should().NotBe(seed);
    }

    [Test]
    public void A_title_alone_keeps_the_seed_older_reports_show()
    {
        // The original derivation: FNV-1a over the title, XOR the run seed.
        var hash = 2166136261u;
        foreach (var c in "Kommunen får meddelandet") hash = (hash ^ c) * 16777619u;
        TestDataSeed.Derive(77, "Kommunen får meddelandet").Should().Be((int)((hash ^ 77u) & 0x7FFFFFFF));
        TestDataSeed.ForScenario("x").Should().Be(TestDataSeed.Derive(TestDataSeed.Run, "x"));
    }

    [Test]
    public void Seeds_are_non_negative() =>
        Enumerable.Range(0, 1000).Select(i => TestDataSeed.Derive(-i, $"s{i}")).Should().OnlyContain(s => s >= 0);
}
