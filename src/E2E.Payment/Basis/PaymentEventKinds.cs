using System.Collections.Immutable;

namespace E2E.Payment.Basis;

/// <summary>The events of a payment basis row (<c>handelse</c>), spelled as the export contract spells them.</summary>
public static class PaymentEventKinds
{
    /// <summary>The municipality received the admission notice (a precondition of payment).</summary>
    public const string AdmissionNoticeReceived = "inskrivningsmeddelande";

    /// <summary>The ward sent the discharge-ready notice: day 0 is counted from its time.</summary>
    public const string DischargeReady = "utskrivningsklar";

    /// <summary>The ward withdrew the readiness: the count stops; a new notice starts a new day 0.</summary>
    public const string ReadinessWithdrawn = "aterkallad-utskrivningsklar";

    /// <summary>The patient left hospital: the count ends.</summary>
    public const string Discharged = "utskriven";

    /// <summary>The patient moved to a ward in the other system: the same stay goes on, the count does not stop.</summary>
    public const string MovedBetweenSystems = "flyttad";

    public static readonly ImmutableArray<string> All =
        [AdmissionNoticeReceived, DischargeReady, MovedBetweenSystems, ReadinessWithdrawn, Discharged];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Order of events at the same instant: the notice before the readiness it conditions, the end last.</summary>
    internal static int Order(string kind) => All.IndexOf(kind);
}
