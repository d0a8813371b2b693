namespace E2E.Tenants.Samsa; internal static class AssemblyMarker { }
