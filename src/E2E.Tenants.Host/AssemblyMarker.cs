namespace E2E.Tenants.Host; internal static class AssemblyMarker { }
