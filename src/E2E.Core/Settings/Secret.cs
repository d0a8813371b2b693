namespace E2E.Core.Settings;

/// <summary>A credential value that never prints itself, so logs and reports cannot leak it.</summary>
public sealed class Secret(string value)
{
    public string Reveal() => value;

    public override string ToString() => "***";
}
