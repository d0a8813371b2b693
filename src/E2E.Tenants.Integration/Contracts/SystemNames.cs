namespace E2E.Tenants.Integration.Contracts;

/// <summary>The two systems a unit can work in, spelled as the directory and both UIs show them.</summary>
public static class SystemNames
{
    public const string Samsa = "SAMSA";
    public const string Samvy = "Samvy";

    /// <summary>Rule set samexistens-standard: Samvy from the live-from date, SAMSA before it or without one.</summary>
    public static string ForDate(DateOnly? liveFrom, DateOnly date) =>
        liveFrom is { } from && date >= from ? Samvy : Samsa;

    /// <summary>Rule 5: a unit waiting for its live-from date is invisible in Samvy.</summary>
    public static bool VisibleInSamvy(DateOnly? liveFrom, DateOnly date) => liveFrom is not { } from || date >= from;
}
