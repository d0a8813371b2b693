using E2E.Reporting.Model;
using E2E.Reporting.Results;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

/// <summary>A tenant that did not answer is "broken" in the category Miljöfel, never a product failure, even inside an assertion.</summary>
public sealed class EnvironmentFailureTests
{
    private const string Unreachable = "MILJÖFEL: Samvy i miljön local svarade inte (http://127.0.0.1:5000/fhir/Patient): 503 Service Unavailable";

    [Test]
    public void The_drivers_exception_is_broken_not_failed()
    {
        StatusMapping.FromException(new TenantUnreachableException(Unreachable)).Should().Be(AllureStatus.Broken);
        ProductFailure.Is(new TenantUnreachableException(Unreachable)).Should().BeFalse();
    }

    [Test]
    public void Wrapped_in_an_assertion_it_is_still_broken_and_told_by_its_own_words()
    {
        var assertion = new FakeAssertionException("Inkorgen saknar meddelandet", new TenantUnreachableException(Unreachable));

        StatusMapping.FromException(assertion).Should().Be(AllureStatus.Broken);
        StatusMapping.Details(assertion).Message.Should().Be(Unreachable);
    }

    [Test]
    public void An_assertion_alone_stays_a_product_failure()
        => StatusMapping.FromException(new FakeAssertionException("Inkorgen saknar meddelandet", null)).Should().Be(AllureStatus.Failed);

    [Test]
    public void The_message_names_the_system_and_the_environment()
    {
        EnvironmentFailure.Unreachable(Unreachable + "\n\nSteg: Givet x").Should().Be(("Samvy", "local"));
        EnvironmentFailure.Unreachable("Samvy nås inte från menyn").Should().BeNull();
    }

    [TestCase("failed", Unreachable, "broken")]
    [TestCase("failed", "Inkorgen saknar meddelandet", "failed")]
    [TestCase("passed", null, "passed")]
    public void A_failure_restated_as_an_environment_failure_is_broken(string status, string? message, string expected) =>
        EnvironmentFailure.Restated(status, message).Should().Be(expected);

    private sealed class TenantUnreachableException(string message) : Exception(message);

    private sealed class FakeAssertionException(string message, Exception? inner) : Exception(message, inner);
}
