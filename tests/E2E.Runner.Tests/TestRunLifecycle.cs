using E2E.Runner.ReqnrollIntegration;
using NUnit.Framework;
using Reqnroll;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

[assembly: RuntimePlugin(typeof(E2E.Runner.Tests.TestRuntimePlugin))]

namespace E2E.Runner.Tests;

public sealed class TestRuntimePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters,
        UnitTestProviderConfiguration unitTestProviderConfiguration) =>
        RunnerPlugin.Register(runtimePluginEvents, unitTestProviderConfiguration);
}

[SetUpFixture]
public sealed class TestRunLifecycle
{
    [OneTimeSetUp]
    public Task StartAsync() => TestRunnerManager.OnTestRunStartAsync(typeof(TestRunLifecycle).Assembly);

    [OneTimeTearDown]
    public Task EndAsync() => TestRunnerManager.OnTestRunEndAsync(typeof(TestRunLifecycle).Assembly);
}
