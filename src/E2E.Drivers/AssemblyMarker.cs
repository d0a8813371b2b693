namespace E2E.Drivers; internal static class AssemblyMarker { }
