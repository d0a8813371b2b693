using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Suite.Tests;

/// <summary>
/// A field lost on the way ("inskrivning-saknar-uppgifter": address and estimate dropped by the integration) shows in
/// the trail as the difference between what was sent and what the integration carried. Real P04 scenario.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class MessageTrailWrongFieldTests() : FaultedRunFixture("inskrivning-saknar-uppgifter")
{
    [Test]
    public async Task The_estimate_sent_and_the_notice_carried_without_it_stand_one_above_the_other()
    {
        var (failure, trail) = await FailingP04Async("Meddelande från en avdelning i Samvy når kommunens inkorg i SAMSA");
        var estimate = Regex.Match(TrailAttachment.Section(trail, "1. Skickat"), @"beräknat utskrivningsdatum (\d{4}-\d{2}-\d{2})\.");
        estimate.Success.Should().BeTrue("what was sent names the estimate:\n{0}", trail);
        TrailAttachment.Section(trail, "2. Buret").Should().Contain("Samvy → SAMSA").And.Contain(": LEVERERAD ")
            .And.Contain("adress (saknas); beräknat utskrivningsdatum (saknas)")
            .And.NotContain(estimate.Groups[1].Value, "the integration carried the notice without it");
        TrailAttachment.Section(trail, "3. Framme").Should().Contain("FEL: " + failure.Message.Split('\n')[0].Trim()[..40]);
    }
}
