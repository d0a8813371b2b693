namespace E2E.Tenants.Integration.Simulation;

/// <summary>
/// Real time, optionally moved to another "now" by the test-only API so scenarios can speak of dates such as a
/// unit's live-from date. Durations (delivery delay, polling) stay real: only the reading is shifted.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public bool IsShifted => Interlocked.Read(ref offsetTicks) != 0;

    public void SetNow(DateTimeOffset now) => Interlocked.Exchange(ref offsetTicks, (now - System.GetUtcNow()).Ticks);

    public void Restore() => Interlocked.Exchange(ref offsetTicks, 0);
}
