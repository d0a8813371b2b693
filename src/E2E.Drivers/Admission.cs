using E2E.Drivers.Directory;
using E2E.TestData;

namespace E2E.Drivers;

/// <summary>A patient admitted on a ward, with the ids the ward's system gave the stay.</summary>
public sealed record Admission(Patient Patient, KnownUnit Ward, CareSystem System, string EpisodeId, string? SamvyPatientId);

/// <summary>An admission notice as sent: from which system, to whom in which system (per the directory), with which estimate.</summary>
public sealed record SentAdmissionNotice(
    Admission Admission, KnownUnit Recipient, CareSystem SenderSystem, CareSystem RecipientSystem, DateOnly EstimatedDischarge);
