namespace E2E.Payment.Engine;

/// <summary>A patient, one per identity and paying municipality, however many systems they passed through.</summary>
public sealed record PatientKey(string Personnummer, string Kommun);

/// <summary>How a period of discharge readiness ended.</summary>
public enum EpisodeEnd
{
    StillReady,
    Withdrawn,
    Discharged,
}

/// <summary>
/// One period of discharge readiness: from a discharge-ready notice until it was withdrawn, the patient was
/// discharged, or (still ready) now. <see cref="Systems"/> are the systems whose data held this patient.
/// </summary>
public sealed record ReadinessEpisode(
    PatientKey Patient,
    IReadOnlyList<string> Systems,
    DateTimeOffset NoticeTime,
    DateTimeOffset? EndTime,
    EpisodeEnd End,
    bool AdmissionNoticeReceived)
{
    public DateOnly NoticeDate => SwedishCalendar.Date(NoticeTime);
    public DateOnly? EndDate => EndTime is { } end ? SwedishCalendar.Date(end) : null;

    /// <summary>Days from the notice to discharge, for episodes that ended by discharge.</summary>
    public int? DaysToDischarge => End == EpisodeEnd.Discharged ? EndDate!.Value.DayNumber - NoticeDate.DayNumber : null;

    /// <summary>Groups one patient's episodes; systems are part of it so a per-system view stays apart.</summary>
    public (PatientKey Patient, string Systems) PatientGroup => (Patient, string.Join(",", Systems));
}
