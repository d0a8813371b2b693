namespace E2E.Tenants.Tests; internal static class AssemblyMarker { }
