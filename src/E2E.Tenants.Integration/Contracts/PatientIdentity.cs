namespace E2E.Tenants.Integration.Contracts;

/// <summary>
/// The key a tenant files a patient under: 12 digits for a personnummer or samordningsnummer, or
/// <c>"&lt;issuer OID&gt;|&lt;value&gt;"</c> for a reserve number, since the same value under two issuers is two people.
/// The key travels in the column and field that used to hold only a personnummer.
/// </summary>
public static class PatientIdentity
{
    public const string PersonnummerOid = "1.2.752.129.2.1.3.1";
    public const string SamordningsnummerOid = "1.2.752.129.2.1.3.3";
    private const char Separator = '|';

    public static string ReserveKey(string oid, string value) => $"{oid}{Separator}{value}";

    public static bool IsReserve(string key) => key.Contains(Separator, StringComparison.Ordinal);

    /// <summary>Issuer OID and value of a reserve key; null for a personnummer.</summary>
    public static (string Oid, string Value)? ReserveOf(string key)
    {
        var bar = key.IndexOf(Separator, StringComparison.Ordinal);
        return bar < 0 ? null : (key[..bar], key[(bar + 1)..]);
    }

    /// <summary>
    /// Whether a stored key is the reserve identity: same issuer and value, or (fault <c>reservnummer-utan-oid</c>)
    /// the same value under any issuer.
    /// </summary>
    public static bool SameReserve(string storedKey, string reserveKey, bool valueOnly) =>
        storedKey == reserveKey
        || (valueOnly && ReserveOf(storedKey) is { } stored && ReserveOf(reserveKey) is { } wanted && stored.Value == wanted.Value);

    /// <summary>The key from API input: a personnummer, or a reserve number with its issuer (VGR's by default).</summary>
    public static (string? Key, string? Problem) FromInput(string? personnummer, string? reservnummer, string? reservnummerOid)
    {
        if (string.IsNullOrWhiteSpace(reservnummer))
        {
            return Personnummer.Normalize(personnummer) is { } pnr ? (pnr, null) : (null, "Personnumret ska skrivas ÅÅÅÅMMDD-NNNN.");
        }
        if (!string.IsNullOrWhiteSpace(personnummer))
        {
            return (null, "Ange antingen personnummer eller reservnummer, inte båda.");
        }
        var oid = string.IsNullOrWhiteSpace(reservnummerOid) ? ReserveNumber.VgrOid : reservnummerOid.Trim();
        var value = reservnummer.Trim().ToUpperInvariant();
        return ReserveNumber.Problem(oid, value) is { } problem ? (null, problem) : (ReserveKey(oid, value), null);
    }

    /// <summary>As shown in the UIs and APIs: YYYYMMDD-NNNN, or "&lt;value&gt; (reservnummer &lt;OID&gt;)".</summary>
    public static string Display(string key) =>
        ReserveOf(key) is { } r ? $"{r.Value} (reservnummer {r.Oid})" : Personnummer.Display(key);
}
