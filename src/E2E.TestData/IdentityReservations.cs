namespace E2E.TestData;

/// <summary>Identities already handed out in this process, so parallel scenarios never share a patient.</summary>
internal static class IdentityReservations
{
    private static readonly HashSet<string> Used = [];

    public static bool TryReserve(string identity)
    {
        lock (Used) return Used.Add(identity);
    }

    public static void Release(string identity)
    {
        lock (Used) Used.Remove(identity);
    }
}
