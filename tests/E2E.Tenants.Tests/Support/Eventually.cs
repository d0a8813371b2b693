namespace E2E.Tenants.Tests.Support;

/// <summary>Polls until a condition holds: deliveries are asynchronous, so tests wait properly, never blindly.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(25);
        }
    }
}
