namespace E2E.Specs; internal static class AssemblyMarker { }
