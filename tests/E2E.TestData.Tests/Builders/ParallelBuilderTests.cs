using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Builders;

public class ParallelBuilderTests
{
    [Test]
    public void Builders_on_many_threads_with_the_default_leases_never_share_a_patient()
    {
        // Same seeds on purpose: every builder starts at the same candidates and must be pushed on by the leases.
        var builders = Enumerable.Range(0, 1_000).Select(i => new PatientBuilder(i % 10)).ToArray();
        try
        {
            var patients = builders.AsParallel().WithDegreeOfParallelism(8).Select(b => b.Build()).ToArray();
            patients.Select(p => p.Personnummer).Should().OnlyHaveUniqueItems();
            patients.Should().OnlyContain(p => TestIdentityGuard.Check(p.Personnummer) == null);
        }
        finally
        {
            foreach (var builder in builders) builder.ReleaseAll();
        }
    }
}
