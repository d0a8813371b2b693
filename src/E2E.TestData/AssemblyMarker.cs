namespace E2E.TestData; internal static class AssemblyMarker { }
