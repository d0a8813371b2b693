using E2E.Organisation;
using E2E.Drivers.Directory;
using E2E.TestData;

namespace E2E.Drivers;

/// <summary>A patient admitted on a ward, with the ids the ward's system gave the stay.</summary>
public sealed record Admission(Patient Patient, KnownUnit Ward, CareSystem System, string EpisodeId, string? SamvyPatientId);
