namespace E2E.Payment.Tests;

/// <summary>The shipped rule sets, and variants of them as a test needs.</summary>
public static class Rules
{
    private static readonly PaymentRuleSetCatalogue Shipped = PaymentRuleSetCatalogue.Load();

    public static PaymentRuleSet Law => Named("lagens-grundregel");
    public static PaymentRuleSet Average => Named("genomsnittsmodell");

    public static readonly Month March = new(2026, 3);

    private static PaymentRuleSet Named(string name) =>
        Shipped.TryGet(name, out var rules) ? rules : throw new InvalidOperationException(name);
}
