namespace E2E.Cli;

/// <summary>environments/&lt;name&gt;.json: a name with no file is a usage error naming the environments there are.</summary>
internal static class EnvironmentFiles
{
    public static string RequireExists(string root, string environment)
    {
        var directory = Path.Combine(root, "environments");
        var file = Path.Combine(directory, environment + ".json");
        if (File.Exists(file)) return file;
        var known = Directory.Exists(directory)
            ? string.Join(", ", Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order())
            : "(inga)";
        throw new UsageException($"Miljöfilen environments/{environment}.json finns inte. Kända miljöer: {known}.");
    }
}
