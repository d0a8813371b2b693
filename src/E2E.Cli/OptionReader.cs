namespace E2E.Cli;

/// <summary>Walks command-line options and their values, with the Swedish messages every command shares.</summary>
internal sealed class OptionReader(string[] args)
{
    private int _index = -1;

    public string? Next() => ++_index < args.Length ? args[_index] : null;

    public string Value()
    {
        var option = args[_index];
        return ++_index < args.Length ? args[_index] : throw new UsageException($"Värde saknas efter {option}.");
    }

    /// <summary>The option's value as a whole number 0 or more (e.g. a count of retries).</summary>
    public int NonNegativeInt(string shownAs)
    {
        var value = Value();
        return int.TryParse(value, out var n) && n >= 0 ? n
            : throw new UsageException($"{shownAs} måste vara ett heltal 0 eller större, inte \"{value}\".");
    }

    /// <summary>The option's value as a positive whole number; the message names the option as <paramref name="shownAs"/>.</summary>
    public int PositiveInt(string shownAs)
    {
        var value = Value();
        return int.TryParse(value, out var n) && n > 0 ? n
            : throw new UsageException($"{shownAs} måste vara ett positivt heltal, inte \"{value}\".");
    }
}
