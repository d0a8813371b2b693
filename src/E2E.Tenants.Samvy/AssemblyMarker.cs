namespace E2E.Tenants.Samvy; internal static class AssemblyMarker { }
