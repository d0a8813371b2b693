namespace E2E.Tenants.Integration.Contracts;

/// <summary>The two systems a unit can work in, spelled as the directory and both UIs show them.</summary>
public static class SystemNames
{
    public const string Samsa = "SAMSA";
    public const string Samvy = "Samvy";
}
