namespace E2E.TestData;

/// <summary>Last line of defence: nothing that is not a Skatteverket test identity may reach a tenant.</summary>
public static class TestIdentityGuard
{
    public static void EnsureTestIdentity(string personnummer)
    {
        if (!TestIdentities.IsTestIdentity(personnummer))
            throw new InvalidOperationException(
                $"Personnumret {personnummer} finns inte i Skatteverkets lista över testpersonnummer eller " +
                "testsamordningsnummer. Sviten skickar aldrig ett nummer som kan tillhöra en verklig person.");
    }
}
