namespace E2E.Reporting.Tests; internal static class AssemblyMarker { }
