using System.Text;
using E2E.Reporting.Results;

namespace E2E.Reporting.RunFiles;

/// <summary>The per-run files Allure reads beside the results: environment, executor and defect categories.</summary>
public static class AllureRunFiles
{
    public const string DefaultReportName = "E2E samverkan SAMSA–Samvy";

    /// <summary>Writes <c>environment.properties</c> (shown as "Miljö" in the report), one escaped key=value per line.</summary>
    public static string WriteEnvironment(string resultsDirectory, IReadOnlyDictionary<string, string> values)
        => Write(resultsDirectory, "environment.properties", PropertiesText.Format(values));

    /// <summary>Writes <c>executor.json</c>: who ran the suite, e.g. ("GitLab CI", "gitlab", "build 1234").</summary>
    public static string WriteExecutor(string resultsDirectory, string name, string type, string buildName,
        string reportName = DefaultReportName, string? buildUrl = null, string? reportUrl = null)
    {
        var executor = new { name, type, buildName, buildUrl, reportName, reportUrl };
        return Write(resultsDirectory, "executor.json", Encoding.UTF8.GetString(AllureJson.ToUtf8Bytes(executor)));
    }

    /// <summary>Writes <c>categories.json</c> with our Swedish defect categories (<see cref="SwedishCategories"/>).</summary>
    public static string WriteCategories(string resultsDirectory)
        => Write(resultsDirectory, "categories.json", Encoding.UTF8.GetString(AllureJson.ToUtf8Bytes(SwedishCategories.All)));

    /// <summary>
    /// A page for the whole run, not one test (e.g. the step catalogue): the file as <c>&lt;uuid&gt;-attachment.&lt;ext&gt;</c>
    /// and a <c>&lt;uuid&gt;-globals.json</c> naming it, which Allure 3 lists among the report's global attachments.
    /// </summary>
    public static string WriteGlobalAttachment(string resultsDirectory, string name, string extension, string contentType, string content)
    {
        var id = Guid.NewGuid().ToString();
        var source = $"{id}-attachment.{extension}";
        Write(resultsDirectory, source, content);
        var globals = new { attachments = new[] { new { name, source, type = contentType } }, errors = Array.Empty<object>() };
        return Write(resultsDirectory, $"{id}-globals.json", Encoding.UTF8.GetString(AllureJson.ToUtf8Bytes(globals)));
    }

    private static string Write(string directory, string fileName, string content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
