namespace E2E.Cli;

/// <summary>Where the step catalogue lives: the data the test host writes, the Markdown in the repository, the report page.</summary>
internal static class StepCatalogFiles
{
    /// <summary>The checked-in catalogue, beside the features testers write.</summary>
    public static readonly string Markdown = Path.Combine("features", "stegkatalog.md");

    public const string PageName = "stegkatalog.html";

    public static string DataFile(string artifacts) => Path.Combine(artifacts, "stegkatalog", "stegkatalog.json");
}
