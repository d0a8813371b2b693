using E2E.TestData;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests;

public class SmokeTests
{
    [Test]
    public void Skatteverkets_lists_are_embedded()
    {
        TestIdentities.Personnummer.Should().HaveCount(41_127);
        TestIdentities.Samordningsnummer.Should().HaveCount(2_264);
    }
}
