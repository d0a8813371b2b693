using E2E.Reporting.Model;
using E2E.Reporting.Results;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class TagMappingTests
{
    [Test]
    public void Allure_tags_become_labels_with_underscores_as_spaces()
    {
        var (labels, _) = AllureTagMapper.Map(["@allure.epic:In-_och_utskrivning", "allure.owner:Anna_Svensson", "allure.story:Meddelande_når_inkorgen"]);

        labels.Should().BeEquivalentTo(new[]
        {
            new AllureLabel("epic", "In- och utskrivning"),
            new AllureLabel("owner", "Anna Svensson"),
            new AllureLabel("story", "Meddelande når inkorgen"),
        });
    }

    [TestCase("critical", "critical")]
    [TestCase("@Blocker", "blocker")]
    [TestCase("allure.severity:minor", "minor")]
    public void Severity_words_become_the_severity_label(string tag, string expected)
        => AllureTagMapper.Map([tag]).Labels.Should().ContainSingle().Which.Should().Be(new AllureLabel("severity", expected));

    [Test]
    public void Custom_label_tags_keep_their_name()
        => AllureTagMapper.Map(["allure.label.riktning:Samvy→SAMSA", "allure.label.layer:e2e_ui"]).Labels
            .Should().Equal(new AllureLabel("riktning", "Samvy→SAMSA"), new AllureLabel("layer", "e2e ui"));

    [Test]
    public void Process_tag_becomes_the_process_label_and_other_tags_stay_tags()
        => AllureTagMapper.Map(["@process:P04", "@wip", "allure.parentSuite:Samverkan", "allure.subSuite:Kommun"]).Labels
            .Should().Equal(new AllureLabel("process", "P04"), new AllureLabel("tag", "wip"),
                new AllureLabel("parentSuite", "Samverkan"), new AllureLabel("subSuite", "Kommun"));

    [Test]
    public void Link_tags_become_links_and_keep_their_urls_intact()
    {
        var (labels, links) = AllureTagMapper.Map(["allure.link:https://vgr.se/a_b", "allure.link.Rutin:https://vgr.se/rutin", "allure.issue:SAMSA-12", "allure.tms:TC_7"]);

        labels.Should().BeEmpty();
        links.Should().Equal(
            new AllureLink("https://vgr.se/a_b", "https://vgr.se/a_b", "link"),
            new AllureLink("Rutin", "https://vgr.se/rutin", "link"),
            new AllureLink("SAMSA-12", "SAMSA-12", "issue"),
            new AllureLink("TC_7", "TC_7", "tms"));
    }
}
