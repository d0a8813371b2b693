namespace E2E.Tenants.Integration; internal static class AssemblyMarker { }
