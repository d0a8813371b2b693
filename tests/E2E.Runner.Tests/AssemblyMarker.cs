namespace E2E.Runner.Tests; internal static class AssemblyMarker { }
