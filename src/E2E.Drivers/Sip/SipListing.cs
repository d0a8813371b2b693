namespace E2E.Drivers.Sip;

/// <summary>One row of a system's SIP list for the patient: its own SIPs and references to the other system's.</summary>
public sealed record SipListing(string Reference, string System, string CallingUnit, string Meeting, string Status)
{
    public override string ToString() => $"{Reference} i {System} av {CallingUnit}, möte {Meeting}, {Status}";
}
