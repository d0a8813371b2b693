namespace E2E.Cli.Granskning;

/// <summary>
/// One thing granska found in a feature file: where, which rule, what, and what to do instead. The baseline knows a
/// finding by file, rule and subject (the offending text), not by line, so editing above it does not make it new.
/// </summary>
internal sealed record Finding(string File, int Line, string Rule, string Subject, string Message, string Suggestion)
{
    public string Key => $"{File}|{Rule}|{Subject}";

    public override string ToString() => $"{File}:{Line}: [{Rule}] {Message}\n    Förslag: {Suggestion}";
}
