namespace E2E.TestData.Identities;

/// <summary>The Luhn (mod 10) check digit with weights 2,1,2,1… from the left, as Skatteverket uses it.</summary>
public static class Luhn
{
    public static int CheckDigit(IEnumerable<int> digits)
    {
        var sum = 0;
        var weight = 2;
        foreach (var d in digits)
        {
            var product = d * weight;
            sum += product > 9 ? product - 9 : product;
            weight = 3 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    public static int CheckDigit(string digits) => CheckDigit(digits.Select(c => c - '0'));
}
