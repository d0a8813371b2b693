namespace E2E.TestData.Reserve;

/// <summary>Stages "same value, other issuer": two different people that a system must not merge.</summary>
public static class ReserveCollisions
{
    public static ReserveIdentity SameValueUnder(ReserveIdentity existing, IReserveNumberFormat other)
    {
        if (other.Oid == existing.Oid)
            throw new InvalidOperationException($"En krock kräver en annan utfärdare än {existing.Oid}.");
        return ReserveNumbers.Validate(new ReserveIdentity(other.Oid, existing.Value));
    }
}
