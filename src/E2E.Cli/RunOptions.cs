using System.Text.RegularExpressions;

namespace E2E.Cli;

/// <summary>What "run" was asked to do.</summary>
/// <param name="NoBuild">dotnet test --no-build: the benchmark builds once and times only the runs.</param>
internal sealed partial record RunOptions(string Environment, string? TestFilter, int? Workers, bool NoBuild = false)
{
    public static RunOptions Parse(string[] args)
    {
        string environment = "local";
        string? filter = null;
        int? workers = null;
        var reader = new OptionReader(args);
        while (reader.Next() is { } option)
        {
            switch (option)
            {
                case "--miljo" or "--miljö" or "--env": environment = reader.Value(); break;
                case "--taggar" or "--tags": filter = Combine(filter, FromTags(reader.Value())); break;
                case "--filter": filter = Combine(filter, reader.Value()); break;
                case "--arbetare" or "--workers": workers = reader.PositiveInt("--arbetare"); break;
                default: throw new UsageException($"Okänt val: {option} (se \"hjälp\").");
            }
        }
        return new RunOptions(environment, filter, workers);
    }

    /// <summary>"process:P04 & !wip" → "Category=process:P04&Category!=wip" (dotnet test's filter syntax).</summary>
    public static string FromTags(string expression) =>
        TagToken().Replace(expression.Replace(" ", ""), m =>
            m.Groups["not"].Success ? $"Category!={m.Groups["tag"].Value}" : $"Category={m.Groups["tag"].Value}");

    private static string Combine(string? left, string right) => left is null ? right : $"({left})&({right})";

    [GeneratedRegex(@"(?<not>!)?@?(?<tag>[^&|()!\s]+)")]
    private static partial Regex TagToken();
}
