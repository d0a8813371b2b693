namespace E2E.Core; internal static class AssemblyMarker { }
