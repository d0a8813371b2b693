namespace E2E.TestData.Reserve;

/// <summary>
/// A reserve identity: the issuer's OID plus the value. The same value under two OIDs is two different people,
/// which is what <see cref="ReserveCollisions"/> stages on purpose.
/// </summary>
public sealed record ReserveIdentity(string Oid, string Value)
{
    /// <summary>A key for leases: unique across issuers.</summary>
    public string LeaseKey => $"{Oid}|{Value}";

    public override string ToString() => $"{Value} ({Oid})";
}

/// <summary>A refused reserve number; the Swedish message names the value, the issuer and the reason.</summary>
public sealed class ReserveNumberFormatException(ReserveIdentity identity, string message) : FormatException(message)
{
    public ReserveIdentity Identity { get; } = identity;
}
