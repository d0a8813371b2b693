using FluentAssertions;
using NUnit.Framework;

namespace E2E.TestData.Tests.Identities;

public class TestIdentityGuardTests
{
    [TestCase("189001019802")]
    [TestCase("18900101-9802")]
    [TestCase("191401682396")]
    public void Lets_test_identities_through(string value) =>
        FluentActions.Invoking(() => TestIdentityGuard.EnsureTestIdentity(value)).Should().NotThrow();

    [Test]
    public void Refuses_a_valid_number_that_is_not_a_test_identity()
    {
        // 811218-9876 is Skatteverket's worked example: Luhn-valid but not on the test lists.
        var refusal = TestIdentityGuard.Check("19811218-9876")!;
        refusal.Reason.Should().Be(TestIdentityRefusal.InteTestidentitet);
        refusal.Message.Should().Contain("'19811218-9876'").And.Contain("giltigt personnummer")
            .And.Contain("inte en testidentitet").And.Contain("verklig person");
    }

    [Test]
    public void Refuses_a_wrong_check_digit_as_such()
    {
        var refusal = TestIdentityGuard.Check("189001019803")!;
        refusal.Reason.Should().Be(TestIdentityRefusal.FelKontrollsiffra);
        refusal.Message.Should().Contain("'189001019803'").And.Contain("fel kontrollsiffra");
    }

    [TestCase("12345", "fel längd")]
    [TestCase("abc", "ogiltiga tecken")]
    [TestCase("18900132-9802", "ogiltigt datum")]
    public void Refuses_malformed_input_as_such(string value, string words)
    {
        var refusal = TestIdentityGuard.Check(value)!;
        refusal.Reason.Should().Be(TestIdentityRefusal.Felformaterat);
        refusal.Message.Should().Contain($"'{value}'").And.Contain(words);
        FluentActions.Invoking(() => TestIdentityGuard.EnsureTestIdentity(value))
            .Should().Throw<InvalidOperationException>().WithMessage("Stoppat av testidentitetsvakten: *");
    }
}
