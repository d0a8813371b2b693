using System.Diagnostics;

namespace E2E.Cli.Jamforelse;

/// <summary>Seconds per named phase of one flow, in the order the phases first happened; a phase met twice adds up.</summary>
internal sealed class PhaseTimes
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, double Seconds)> _phases = [];
    private TimeSpan _last;

    /// <summary>Ends the current phase under this name.</summary>
    public void Lap(string phase)
    {
        var now = _clock.Elapsed;
        Add(phase, (now - _last).TotalSeconds);
        _last = now;
    }

    /// <summary>Adds time measured elsewhere (e.g. a step's duration in the Allure results) to a phase.</summary>
    public void Add(string phase, double seconds)
    {
        var index = _phases.FindIndex(p => p.Phase == phase);
        if (index < 0) _phases.Add((phase, seconds));
        else _phases[index] = (phase, _phases[index].Seconds + seconds);
    }

    public double Total => _phases.Sum(p => p.Seconds);

    /// <summary>Phases measured elsewhere (e.g. read from Allure results).</summary>
    public static PhaseTimes From(IEnumerable<(string Phase, double Seconds)> phases)
    {
        var times = new PhaseTimes();
        foreach (var (phase, seconds) in phases) times.Add(phase, seconds);
        return times;
    }

    public IReadOnlyList<(string Phase, double Seconds)> Phases => _phases;
}
