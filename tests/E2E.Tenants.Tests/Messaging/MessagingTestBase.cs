using E2E.Tenants.Tests.Support;

namespace E2E.Tenants.Tests.Messaging;

/// <summary>The shared tenants plus a client that speaks messages in both systems.</summary>
public abstract class MessagingTestBase : TenantsTestBase
{
    protected MessagingClient Messages => new(Samsa, Samvy);

    public static IEnumerable<TestCaseData> EveryTypeInEveryDirection() =>
        from type in Types.All from direction in Direction.All select new TestCaseData(type, direction).SetArgDisplayNames(type, direction.ToString());

    public static IEnumerable<TestCaseData> EveryDirection() =>
        Direction.All.Select(d => new TestCaseData(d).SetArgDisplayNames(d.ToString()));

    /// <summary>Sends the type; a withdrawal needs the discharge-ready notice it withdraws, which is sent first.</summary>
    protected async Task<string> SendTypeAsync(Admitted from, string type)
    {
        if (type == Types.Withdrawn)
        {
            await Messages.SendAsync(from, Types.DischargeReady);
        }
        return await Messages.SendAsync(from, type);
    }
}
