namespace E2E.Organisation;

/// <summary>A unit or municipality named in a scenario that the catalogue does not know; the message is Swedish.</summary>
public sealed class UnknownUnitException : ArgumentException
{
    public UnknownUnitException(string what, string value, IReadOnlyList<string> closest)
        : base($"Okänd {what} '{value}'. Närmast kända: {string.Join(", ", closest)}.")
    {
        Value = value;
        Closest = closest;
    }

    /// <summary>The value as the scenario wrote it.</summary>
    public string Value { get; }

    /// <summary>The known names closest to the value.</summary>
    public IReadOnlyList<string> Closest { get; }
}
