using Reqnroll.Bindings;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace E2E.Runner.ReqnrollIntegration;

/// <summary>
/// The dry run's binding invoker (<see cref="Variable"/>=1): every step is matched to its definition as in a real
/// run, and the parameter transformations run, so an unknown unit or a personnummer off the test lists is found
/// with its Swedish message; step definitions and hooks do not run, so no tenant or browser is started.
/// Unlike Reqnroll's own dry run, which skips the transformations too.
/// </summary>
public sealed class StepBindingCheck(BindingInvoker real) : IAsyncBindingInvoker
{
    public const string Variable = "E2E_TORRKORNING";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public Task<object> InvokeBindingAsync(IBinding binding, IContextManager contextManager, object[] arguments,
        ITestTracer testTracer, DurationHolder durationHolder)
    {
        if (binding is IStepArgumentTransformationBinding)
            return real.InvokeBindingAsync(binding, contextManager, arguments, testTracer, durationHolder);
        durationHolder.Duration = TimeSpan.Zero;
        return Task.FromResult<object>(null!);
    }
}
