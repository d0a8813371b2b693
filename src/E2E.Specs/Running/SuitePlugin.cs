using E2E.Reporting;
using E2E.Runner.ReqnrollIntegration;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

[assembly: RuntimePlugin(typeof(E2E.Specs.Running.SuitePlugin))]

namespace E2E.Specs.Running;

/// <summary>Plugs the runner's NUnit integration and the Allure writer into Reqnroll for this test assembly.</summary>
public sealed class SuitePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters,
        UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        RunnerPlugin.Register(runtimePluginEvents, unitTestProviderConfiguration);
        AllureReqnroll.Register(runtimePluginEvents);
    }
}
