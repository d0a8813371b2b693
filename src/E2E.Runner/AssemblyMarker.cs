namespace E2E.Runner; internal static class AssemblyMarker { }
