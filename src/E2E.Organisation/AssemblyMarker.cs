namespace E2E.Organisation; internal static class AssemblyMarker { }
