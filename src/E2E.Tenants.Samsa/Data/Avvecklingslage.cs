namespace E2E.Tenants.Samsa.Data;

/// <summary>
/// How far SAMSA's decommissioning (P13) has come: one row, absent while SAMSA is in normal operation. Kept in the
/// database so that a restart does not make a read-only SAMSA writable again; a reset removes it.
/// </summary>
public sealed class Avvecklingslage
{
    public const int OnlyRow = 1;

    public int Id { get; set; } = OnlyRow;

    /// <summary>When the decommissioning began: no new stays or SIPs from then on; what is active is carried over or closed.</summary>
    public DateTime Paborjad { get; set; }

    /// <summary>When SAMSA became read-only, with nothing active left behind.</summary>
    public DateTime? Skrivskyddad { get; set; }
}
