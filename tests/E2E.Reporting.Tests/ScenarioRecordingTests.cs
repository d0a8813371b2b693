using E2E.Reporting.Model;
using E2E.Reporting.Results;
using E2E.Reporting.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace E2E.Reporting.Tests;

public sealed class ScenarioRecordingTests
{
    private static ScenarioRecording NewRecording(string directory)
        => new(new AllureTestResult { Uuid = Guid.NewGuid().ToString(), Name = "Scenario" }, new AllureResultsWriter(directory));

    [Test]
    public void Failing_after_step_hook_is_shown_inside_its_step_and_gets_its_evidence()
    {
        using var directory = new TempDirectory();
        var recording = NewRecording(directory.Path);
        recording.StartStep("När sjuksköterskan skickar meddelandet", 1);
        recording.FinishStep(AllureStatus.Passed, null, 2);

        recording.SetAfterStepHooksRunning(true);
        recording.Attach("Skärmbild efter steget", "image/png", [9], "png");
        recording.AddHookFailure("Hook misslyckades: efter steget (EvidenceHooks.Screenshot)", AllureStatus.Broken, new("Webbläsaren stängdes", null), 3);
        recording.SetAfterStepHooksRunning(false);
        recording.Attach("Spårning", "application/zip", [1], "zip");

        var step = recording.Result.Steps.Should().ContainSingle().Subject;
        step.Status.Should().Be(AllureStatus.Broken);
        step.Steps.Should().ContainSingle().Which.Name.Should().Contain("efter steget");
        step.Attachments.Select(a => a.Name).Should().Equal("Skärmbild efter steget", "Spårning");
        recording.Result.Attachments.Should().BeEmpty("the step its hook broke is where the reader looks");
    }

    [Test]
    public void Evidence_from_after_the_scenario_goes_to_the_step_that_failed()
    {
        using var directory = new TempDirectory();
        var recording = NewRecording(directory.Path);
        recording.StartStep("Givet att avdelning 32 på NÄL arbetar i Samvy", 1);
        recording.FinishStep(AllureStatus.Passed, null, 2);
        recording.StartStep("Så ska hemsjukvården se meddelandet i sin inkorg", 3);
        recording.FinishStep(AllureStatus.Failed, new("Meddelandet saknas i inkorgen", null), 4);
        recording.StartStep("Och meddelandet ska ha kommit exakt en gång", 5);
        recording.FinishStep(AllureStatus.Skipped, null, 5);

        // AfterScenario: no step runs any more.
        recording.Attach("Skärmbild – sjuksköterskan", "image/png", [1], "png");
        recording.Attach("Spårning (trace) – sjuksköterskan", "application/zip", [2], "zip");
        recording.Finish(AllureStatus.Failed, new("Meddelandet saknas i inkorgen", null), 6);

        var steps = ResultFiles.SingleResult(directory.Path).GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("attachments").GetArrayLength()).Should().Equal(0, 2, 0);
        steps[1].GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("type").GetString())
            .Should().Equal("image/png", "application/zip");
        ResultFiles.SingleResult(directory.Path).GetProperty("attachments").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void Evidence_from_after_a_scenario_without_a_failed_step_goes_to_the_scenario()
    {
        using var directory = new TempDirectory();
        var recording = NewRecording(directory.Path);
        recording.StartStep("Givet att avdelning 32 på NÄL arbetar i Samvy", 1);
        recording.FinishStep(AllureStatus.Passed, null, 2);

        // E.g. the scenario failed in an AfterScenario check, after every step passed.
        recording.Attach("Skärmbild – sjuksköterskan", "image/png", [1], "png");
        recording.Finish(AllureStatus.Failed, new("Meddelandet kom två gånger", null), 3);

        recording.Result.Steps.Single().Attachments.Should().BeEmpty();
        recording.Result.Attachments.Select(a => a.Name).Should().Equal("Skärmbild – sjuksköterskan");
    }

    [Test]
    public void Before_scenario_hook_failure_is_a_step_of_the_scenario()
    {
        using var directory = new TempDirectory();
        var recording = NewRecording(directory.Path);

        recording.AddHookFailure("Hook misslyckades: före scenariot", AllureStatus.Broken, new("Samvy nås inte", null), 1);
        recording.Finish(AllureStatus.Broken, new("Samvy nås inte", null), 2);

        recording.Result.Steps.Should().ContainSingle().Which.Status.Should().Be(AllureStatus.Broken);
        ResultFiles.SingleResult(directory.Path).GetProperty("statusDetails").GetProperty("message").GetString().Should().Be("Samvy nås inte");
    }

    [Test]
    public void Evidence_attached_from_many_threads_is_all_recorded()
    {
        using var directory = new TempDirectory();
        var recording = NewRecording(directory.Path);
        recording.StartStep("Så ska meddelandet synas", 1);

        Parallel.For(0, 200, i => recording.Attach($"bevis {i}", "text/plain", [(byte)i], "txt"));
        recording.FinishStep(AllureStatus.Passed, null, 2);
        recording.Finish(AllureStatus.Passed, null, 3);

        recording.Result.Steps[0].Attachments.Should().HaveCount(200);
        Directory.GetFiles(directory.Path, "*-attachment.txt").Should().HaveCount(200);
        Directory.GetFiles(directory.Path, "*-result.json").Should().ContainSingle();
    }
}
