using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace E2E.Runner.Discovery;

/// <summary>
/// Reads one feature file with the Gherkin parser Reqnroll itself brings. Swedish is the default dialect, so a file
/// may omit "# language: sv". Produces the Gherkin messages (document + pickles) that Reqnroll's formatters need.
/// </summary>
public static class GherkinFeatureReader
{
    public const string DefaultLanguage = "sv";

    public static FeatureDefinition Read(string relativePath, string text)
    {
        var ast = ParseAst(relativePath, text);

        // Ids derived from the file's path and text, so the same file gives the same ids in every run.
        var ids = new DeterministicIdGenerator(relativePath + "\n" + text);
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, relativePath);
        var pickles = new PickleCompiler(ids).Compile(document);
        var source = new Source(relativePath, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        var feature = document.Feature;

        return new FeatureDefinition(relativePath, feature.Name, EmptyToNull(feature.Description),
            feature.Language, feature.Tags.Select(t => TagName(t.Name)).ToList(), source, document, pickles);
    }

    /// <summary>The Gherkin tree of a file that has a Feature; otherwise a <see cref="FeatureParseException"/> in Swedish.</summary>
    public static Gherkin.Ast.GherkinDocument ParseAst(string relativePath, string text)
    {
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new TokenScanner(new StringReader(text)), new TokenMatcher(DefaultLanguage));
        }
        catch (CompositeParserException composite)
        {
            throw ToSwedish(relativePath, composite.Errors.First());
        }
        catch (ParserException single)
        {
            throw ToSwedish(relativePath, single);
        }
        return ast.Feature is null
            ? throw new FeatureParseException(relativePath, 1, 1, "filen innehåller ingen Egenskap (Feature).")
            : ast;
    }

    internal static string TagName(string tag) => tag.TrimStart('@');

    internal static string? EmptyToNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static FeatureParseException ToSwedish(string relativePath, ParserException error)
    {
        var line = error.Location?.Line ?? 0;
        var column = error.Location?.Column ?? 0;
        // Gherkin prefixes its message with "(line:column): "; the location is already in our text.
        var detail = System.Text.RegularExpressions.Regex.Replace(error.Message, @"^\(\d+:\d+\):\s*", "");
        return new FeatureParseException(relativePath, line, column, detail);
    }
}
