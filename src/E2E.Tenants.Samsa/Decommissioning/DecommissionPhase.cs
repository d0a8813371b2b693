namespace E2E.Tenants.Samsa.Decommissioning;

/// <summary>The phases of SAMSA's decommissioning, as the API and the banner name them.</summary>
public static class DecommissionPhase
{
    public const string InOperation = "i drift";
    public const string Decommissioning = "avveckling";
    public const string ReadOnly = "skrivskyddad";
}
