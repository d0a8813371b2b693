namespace E2E.Organisation;

/// <summary>Swedish organisation numbers (ten digits, the last a Luhn check digit over the first nine).</summary>
public static class OrganisationNumber
{
    /// <summary>Västra Götalandsregionen.</summary>
    public const string Region = "2321000131";

    public static bool IsValid(string? value) =>
        value is { Length: 10 } && value.All(char.IsAsciiDigit) && CheckDigit(value[..9]) == value[9] - '0';

    /// <summary>Luhn check digit over nine digits, weights 2,1,2,1…</summary>
    public static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }
}
