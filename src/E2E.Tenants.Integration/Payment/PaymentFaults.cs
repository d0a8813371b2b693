using E2E.Payment.Basis;
using E2E.Payment.Engine;
using E2E.Tenants.Integration.Simulation;

namespace E2E.Tenants.Integration.Payment;

/// <summary>
/// The faults of the combined calculation. The engine stays right; a fault changes what the integration feeds it.
/// </summary>
public static class PaymentFaults
{
    /// <summary>Periods of readiness for payment: withdrawals can be lost, a moved patient counted per system.</summary>
    public static IReadOnlyList<ReadinessEpisode> ForPayment(IReadOnlyList<PaymentBasisRow> rows, SimulationState sim)
    {
        var kept = sim.IsOn(KnownFaults.WithdrawnDoesNotStopPayment)
            ? rows.Where(r => r.Handelse != PaymentEventKinds.ReadinessWithdrawn)
            : rows;
        var episodes = ReadinessEpisodes.From(kept);
        return sim.IsOn(KnownFaults.DoubleCountPaymentDays) ? PerSystem(episodes) : episodes;
    }

    /// <summary>Periods of readiness for the monthly follow-up: a patient in both systems can be counted twice.</summary>
    public static IReadOnlyList<ReadinessEpisode> ForFollowUp(IReadOnlyList<PaymentBasisRow> rows, SimulationState sim)
    {
        var episodes = ReadinessEpisodes.From(rows);
        return sim.IsOn(KnownFaults.StatisticsDoubleCount) ? PerSystem(episodes) : episodes;
    }

    /// <summary>A join that does not recognise a patient of both systems as one: each system's copy gets it all.</summary>
    private static IReadOnlyList<ReadinessEpisode> PerSystem(IReadOnlyList<ReadinessEpisode> episodes) =>
        [.. episodes.SelectMany(e => e.Systems.Select(system => e with { Systems = [system] }))];
}
