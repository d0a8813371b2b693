namespace E2E.Drivers.Decommissioning;

/// <summary>An open case on SAMSA's decommissioning list: its reference, the patient and the owning unit.</summary>
public sealed record OpenCaseListing(string Reference, string Personnummer, string Unit, bool CarryOverAsked)
{
    public override string ToString() => $"ärende {Reference} ({Personnummer}, {Unit})";
}

/// <summary>An active SIP on SAMSA's decommissioning list: the patient, the calling unit, the meeting and who takes part.</summary>
public sealed record ActiveSipListing(string Reference, string Personnummer, string CallingUnit, string Meeting, string Participants, bool CarryOverAsked)
{
    public override string ToString() => $"SIP {Reference} ({Personnummer}, {CallingUnit}, möte {Meeting})";
}

/// <summary>What SAMSA has handed over: a case or SIP ("Ärende", "SIP"), its SAMSA reference and the Samvy object that continues it.</summary>
public sealed record CarriedOverListing(string Kind, string SamsaReference, string SamvyReference);

/// <summary>The decommissioning screen as read: the phase ("i drift", "avveckling", "skrivskyddad") and its three lists.</summary>
public sealed record DecommissioningView(
    string Phase, IReadOnlyList<OpenCaseListing> OpenCases, IReadOnlyList<ActiveSipListing> ActiveSips, IReadOnlyList<CarriedOverListing> CarriedOver)
{
    public bool NothingActive => OpenCases.Count == 0 && ActiveSips.Count == 0;

    public bool AwaitsSamvy => OpenCases.Any(c => c.CarryOverAsked) || ActiveSips.Any(s => s.CarryOverAsked);

    public override string ToString() =>
        $"läge {Phase}; öppna ärenden: {List(OpenCases)}; aktiva SIP:ar: {List(ActiveSips)}; " +
        $"överfört: {List(CarriedOver.Select(c => $"{c.Kind} {c.SamsaReference} → {c.SamvyReference}"))}";

    private static string List<T>(IEnumerable<T> items) => items.Any() ? string.Join("; ", items) : "inga";
}
