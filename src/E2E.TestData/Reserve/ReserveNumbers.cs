namespace E2E.TestData.Reserve;

/// <summary>The known reserve-number issuers, validation by OID, and collisions staged on purpose.</summary>
public static class ReserveNumbers
{
    public static readonly IReadOnlyList<IReserveNumberFormat> Formats =
        [VgrReserveNumber.Instance, NationalReserveNumber.Instance, ExampleRegionReserveNumber.Instance];

    public static IReserveNumberFormat FormatFor(string oid) =>
        Formats.FirstOrDefault(f => f.Oid == oid) ?? throw new InvalidOperationException(
            $"Okänd utfärdare av reservnummer: OID {oid}. Kända: {string.Join(", ", Formats.Select(f => $"{f.Issuer} {f.Oid}"))}.");

    public static bool IsValid(ReserveIdentity identity) =>
        Formats.FirstOrDefault(f => f.Oid == identity.Oid) is { } format && format.Problem(identity.Value) is null;

    /// <summary>Throws a Swedish message naming the value, the issuer and why it is refused.</summary>
    public static ReserveIdentity Validate(ReserveIdentity identity)
    {
        var format = FormatFor(identity.Oid);
        return format.Problem(identity.Value) is { } problem
            ? throw new ReserveNumberFormatException(identity,
                $"Reservnumret '{identity.Value}' ({format.Issuer}, OID {identity.Oid}) är ogiltigt: {problem}.")
            : identity;
    }

    public static ReserveIdentity Vgr(string value) => Validate(new ReserveIdentity(VgrReserveNumber.Instance.Oid, value));
}
