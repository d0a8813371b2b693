using E2E.TestData.Identities;

namespace E2E.TestData;

/// <summary>Last line of defence: nothing that is not a Skatteverket test identity may reach a tenant.</summary>
public static class TestIdentityGuard
{
    private const string Prefix = "Stoppat av testidentitetsvakten: ";

    /// <summary>Throws <see cref="TestIdentityRefusedException"/> unless the number is on Skatteverket's test lists.</summary>
    public static void EnsureTestIdentity(string personnummer, DateOnly? referenceDate = null)
    {
        if (Check(personnummer, referenceDate) is { } refusal) throw refusal;
    }

    /// <summary>
    /// Null when the number may be sent; otherwise why not, in Swedish, naming the value. A 10-digit number gets
    /// its century from <paramref name="referenceDate"/> (the scenario's today).
    /// </summary>
    public static TestIdentityRefusedException? Check(string value, DateOnly? referenceDate = null)
    {
        if (!PersonnummerParser.TryParse(value, out var number, out var error, referenceDate))
        {
            var reason = error!.Reason == PersonnummerError.FelKontrollsiffra
                ? TestIdentityRefusal.FelKontrollsiffra
                : TestIdentityRefusal.Felformaterat;
            return new TestIdentityRefusedException(value, reason, Prefix + error.Message);
        }
        if (TestIdentities.IsTestIdentity(number.Digits)) return null;
        var kind = number.Kind == IdentityKind.Personnummer ? "personnummer" : "samordningsnummer";
        return new TestIdentityRefusedException(value, TestIdentityRefusal.InteTestidentitet,
            $"{Prefix}'{value}' är ett giltigt {kind} men inte en testidentitet ur Skatteverkets listor och kan " +
            "tillhöra en verklig person. Sviten skickar aldrig sådana nummer; välj ett ur src/E2E.TestData/Data/.");
    }
}
