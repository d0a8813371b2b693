namespace E2E.Runner.Discovery;

/// <summary>A feature file that Gherkin cannot read; the message names file, line and column in Swedish.</summary>
public sealed class FeatureParseException(string relativePath, int line, int column, string detail)
    : Exception($"Feature-filen {relativePath} kunde inte läsas (rad {line}, kolumn {column}): {detail}")
{
    public string RelativePath { get; } = relativePath;
    public int Line { get; } = line;
    public int Column { get; } = column;
}
