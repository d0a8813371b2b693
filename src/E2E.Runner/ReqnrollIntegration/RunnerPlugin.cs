using Reqnroll.Bindings;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace E2E.Runner.ReqnrollIntegration;

/// <summary>
/// Registers the runner's NUnit integration with Reqnroll. Call it from the test assembly's runtime plugin
/// (<c>[assembly: RuntimePlugin(typeof(...))]</c>), since Reqnroll.NUnit is not available here.
/// </summary>
public static class RunnerPlugin
{
    public const string ProviderName = "nunit";

    public static void Register(RuntimePluginEvents events, UnitTestProviderConfiguration unitTestProvider)
    {
        events.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<NUnitRuntimeProvider, IUnitTestRuntimeProvider>(ProviderName);
        events.CustomizeTestThreadDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<NUnitTraceListener, ITraceListener>();
        if (StepBindingCheck.Enabled)
            events.CustomizeGlobalDependencies += (_, e) => e.ObjectContainer.RegisterTypeAs<StepBindingCheck, IAsyncBindingInvoker>();
        unitTestProvider.UseUnitTestProvider(ProviderName);
    }
}
