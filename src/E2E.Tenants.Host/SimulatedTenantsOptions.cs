namespace E2E.Tenants.Host;

/// <summary>How to start the simulated tenants; every setting has a default that works on a fresh machine.</summary>
public sealed class SimulatedTenantsOptions
{
    /// <summary>Where the SQLite files live; null means a fresh temporary folder, removed again on dispose.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// "Now" for the tenants' clock at start and after every reset (time runs on from it); null means real time.
    /// Tests and the suite pass E2E_NOW here, so no run depends on the machine's calendar.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Named faults switched on from the start; E2E_TENANT_FAULTS (comma-separated) adds more.</summary>
    public IReadOnlyCollection<string> Faults { get; init; } = [];

    /// <summary>How long the integration holds a message before delivering it to the other system.</summary>
    public TimeSpan DeliveryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The largest attachment (bytes) SAMSA and Samvy accept on a message; 10 MB unless given.</summary>
    public long MaxAttachmentBytes { get; init; } = E2E.Tenants.Integration.Attachments.AttachmentPolicy.DefaultMaxBytes;

    /// <summary>The systemval rule set the directory and routing follow (see the README); null means its default.</summary>
    public string? Systemval { get; init; }

    /// <summary>Fixed ports; null means a free port chosen at start.</summary>
    public int? SamsaPort { get; init; }
    public int? SamvyPort { get; init; }
    public int? IntegrationPort { get; init; }

    public const string FaultsEnvironmentVariable = "E2E_TENANT_FAULTS";
}

/// <summary>A demo user to log in as: name, role, unit, the system the unit works in today, and the person's HSA-id.</summary>
public sealed record DemoUser(string Name, string Role, string UnitName, string System, string PersonHsaId, string UnitHsaId);
