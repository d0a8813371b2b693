using NUnit.Framework;
using Reqnroll.Tracing;

namespace E2E.Runner.ReqnrollIntegration;

/// <summary>Reqnroll's step trace goes to the NUnit test's own output, so it lands with the right scenario.</summary>
public sealed class NUnitTraceListener : ITraceListener
{
    public void WriteTestOutput(string message) => TestContext.Out.WriteLine(message);

    public void WriteToolOutput(string message) => TestContext.Out.WriteLine("-> " + message);
}
