using E2E.Reporting.Html;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class ExternalScriptStripperTests
{
    private const string GeneratedPage = """
        <html><head><link rel="preconnect" href="https://www.googletagmanager.com"></head><body>
        <script>window.allure = window.allure || {};</script>
        <script   src="app-b3323b.js"></script>
        <script async src="https://www.googletagmanager.com/gtag/js?id=G-LNDJ3J7WT0"></script>
        <script>
            window.dataLayer = window.dataLayer || [];
            function gtag(){dataLayer.push(arguments);}
            gtag('js', new Date());
        </script>
        <script src='//cdn.example.org/x.js'></script>
        </body></html>
        """;

    [Test]
    public void Analytics_and_external_scripts_are_removed_and_local_scripts_kept()
    {
        var stripped = ExternalScriptStripper.Strip(GeneratedPage);

        ExternalScriptStripper.FindProblems(stripped).Should().BeEmpty();
        stripped.Should().Contain("""<script   src="app-b3323b.js"></script>""");
        stripped.Should().Contain("window.allure = window.allure || {};");
        stripped.Should().NotContain("cdn.example.org");
    }

    [Test]
    public void Problems_are_found_in_an_unstripped_page()
        => ExternalScriptStripper.FindProblems(GeneratedPage).Should().Contain(["googletagmanager", "gtag("]);
}
