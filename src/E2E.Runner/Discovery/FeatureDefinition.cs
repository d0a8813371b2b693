using System.Globalization;
using Io.Cucumber.Messages.Types;
using Reqnroll;
using Reqnroll.Formatters.RuntimeSupport;

namespace E2E.Runner.Discovery;

/// <summary>
/// A parsed feature file. Holds the one FeatureInfo every scenario of the feature shares (Reqnroll compares it by
/// reference to decide when a feature starts and ends) and the Gherkin messages its formatters need.
/// </summary>
public sealed class FeatureDefinition
{
    public FeatureDefinition(string relativePath, string title, string? description, string language,
        IReadOnlyList<string> tags, Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles)
    {
        RelativePath = relativePath;
        Title = title;
        Messages = new FeatureMessages(source, document, pickles);
        var folder = Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? "";
        Info = new FeatureInfo(new CultureInfo(language), folder, title, description,
            ProgrammingLanguage.CSharp, tags.ToArray(), Messages);
    }

    public string RelativePath { get; }
    public string Title { get; }
    public FeatureInfo Info { get; }
    internal FeatureMessages Messages { get; }

    /// <summary>What Reqnroll's HTML and Cucumber-messages formatters read instead of generated resources.</summary>
    internal sealed record FeatureMessages(Source Source, GherkinDocument GherkinDocument, IReadOnlyList<Pickle> PickleList)
        : IFeatureLevelCucumberMessages
    {
        public bool HasMessages => true;
        public IEnumerable<Pickle> Pickles => PickleList;
    }
}
