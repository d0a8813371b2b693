namespace E2E.Cli; internal static class AssemblyMarker { }
