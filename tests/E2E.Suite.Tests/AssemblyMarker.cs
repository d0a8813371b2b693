namespace E2E.Suite.Tests; internal static class AssemblyMarker { }
