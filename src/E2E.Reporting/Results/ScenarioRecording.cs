using E2E.Reporting.Model;

namespace E2E.Reporting.Results;

/// <summary>
/// The result of one running scenario, built up event by event and written when it finishes.
/// Reqnroll events arrive on the scenario's own thread, but step code may attach evidence from
/// other threads, so every change goes through one lock.
/// </summary>
internal sealed class ScenarioRecording(AllureTestResult result, AllureResultsWriter writer)
{
    private readonly Lock _gate = new();
    private AllureStep? _runningStep;
    private AllureStep? _lastFinishedStep;
    private AllureStep? _stepInAfterHooks;
    private AllureStep? _failedStep;
    private int _stepsStarted;

    /// <summary>How a step from a Bakgrund is named in the report, before its keyword: "Bakgrund: Givet att …".</summary>
    public const string BackgroundPrefix = "Bakgrund: ";

    /// <summary>Positions (from 0, in running order) of the steps that come from a Bakgrund.</summary>
    public IReadOnlySet<int> BackgroundSteps { get; init; } = new HashSet<int>();
    private bool _written;

    public AllureTestResult Result => result;

    /// <summary>The first undefined or pending step, which Reqnroll reports without an exception.</summary>
    public AllureStatusDetails? FirstStepProblem { get; private set; }

    public AllureStep StartStep(string name, long startMs)
    {
        lock (_gate)
        {
            var fromBackground = BackgroundSteps.Contains(_stepsStarted++);
            var step = new AllureStep { Name = fromBackground ? BackgroundPrefix + name : name, Start = startMs };
            result.Steps.Add(step);
            _runningStep = step;
            return step;
        }
    }

    public void FinishStep(string status, AllureStatusDetails? details, long stopMs)
    {
        lock (_gate)
        {
            if (_runningStep is not { } step) return;
            (step.Status, step.StatusDetails, step.Stop, step.Stage) = (status, details, stopMs, AllureStage.Finished);
            if (details is not null && status != AllureStatus.Passed) FirstStepProblem ??= details;
            if (status is AllureStatus.Failed or AllureStatus.Broken) _failedStep ??= step;
            _lastFinishedStep = step;
            _runningStep = null;
        }
    }

    /// <summary>AfterStep hooks (screenshots, traces) run after the step finished; their evidence belongs to that step.</summary>
    public void SetAfterStepHooksRunning(bool running)
    {
        lock (_gate) _stepInAfterHooks = running ? _lastFinishedStep : null;
    }

    /// <summary>A failed hook is shown as a step of its own, inside the step whose AfterStep hook failed, else on the scenario.</summary>
    public void AddHookFailure(string name, string status, AllureStatusDetails details, long atMs)
    {
        lock (_gate)
        {
            var hookStep = new AllureStep { Name = name, Status = status, StatusDetails = details, Start = atMs, Stop = atMs, Stage = AllureStage.Finished };
            if (_runningStep is null && _stepInAfterHooks is { } step)
            {
                step.Steps.Add(hookStep);
                (step.Status, step.StatusDetails) = (status, step.StatusDetails ?? details);
                _failedStep ??= step;
            }
            else (_runningStep?.Steps ?? result.Steps).Add(hookStep);
        }
    }

    /// <summary>
    /// Evidence goes to the step that is running or whose AfterStep hooks run; evidence that arrives later (the
    /// screenshot and trace taken in AfterScenario) goes to the step that failed, where the reader looks, else to the
    /// scenario.
    /// </summary>
    public void Attach(string name, string mimeType, byte[] content, string fileExtension)
    {
        if (Volatile.Read(ref _written)) return; // too late: the result file is already on disk
        var source = writer.WriteAttachment(content, fileExtension);
        lock (_gate)
        {
            var target = (AllureExecutable?)_runningStep ?? _stepInAfterHooks ?? (AllureExecutable?)_failedStep ?? result;
            target.Attachments.Add(new AllureAttachment(name, source, mimeType));
        }
    }

    public void AddLabel(string name, string value) { lock (_gate) LabelSet.Add(result.Labels, new AllureLabel(name, value)); }

    public void AddParameter(string name, string value, bool excludedFromHistory = false)
    {
        lock (_gate)
        {
            result.Parameters.RemoveAll(p => p.Name == name);
            result.Parameters.Add(new AllureParameter(name, value, excludedFromHistory ? true : null));
        }
    }

    /// <summary>Closes anything still open and writes the result file once.</summary>
    public void Finish(string status, AllureStatusDetails? details, long stopMs)
    {
        lock (_gate)
        {
            if (_written) return;
            if (_runningStep is not null) FinishStep(AllureStatus.Broken, details, stopMs);
            _stepInAfterHooks = null;
            (result.Status, result.StatusDetails, result.Stop, result.Stage) = (status, details, stopMs, AllureStage.Finished);
            writer.WriteResult(result);
            Volatile.Write(ref _written, true);
        }
    }
}
