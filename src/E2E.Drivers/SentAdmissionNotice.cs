using E2E.Drivers.Directory;

namespace E2E.Drivers;

/// <summary>An admission notice as sent: from which system, to whom in which system (per the directory), with which estimate.</summary>
public sealed record SentAdmissionNotice(
    Admission Admission, KnownUnit Recipient, CareSystem SenderSystem, CareSystem RecipientSystem, DateOnly EstimatedDischarge);
