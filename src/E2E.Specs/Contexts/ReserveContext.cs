using E2E.Drivers;
using E2E.Drivers.Messages;

namespace E2E.Specs.Contexts;

/// <summary>P07: the other patient admitted under the same reserve value from another issuer ("den andra patienten").</summary>
public sealed class ReserveContext
{
    public Admission? Other { get; set; }

    /// <summary>The admission notice sent for the other patient, if any.</summary>
    public SentMessage? OtherNotice { get; set; }

    public Admission RequireOther() => Other ?? throw new InvalidOperationException(
        "Scenariot har ingen andra patient med samma reservnummer: börja med ett steg som skriver in en.");
}
