namespace E2E.TestData;

/// <summary>Personnummer already handed out in this process, so parallel scenarios never share a patient.</summary>
internal static class IdentityReservations
{
    private static readonly HashSet<string> Used = [];

    public static bool TryReserve(string personnummer)
    {
        lock (Used) return Used.Add(personnummer);
    }
}
