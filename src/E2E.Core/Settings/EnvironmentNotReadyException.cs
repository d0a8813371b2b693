namespace E2E.Core.Settings;

/// <summary>
/// The environment cannot be used as configured: a secret its file names is not set, or a tenant's address is not
/// on its allow-list. An environment failure (exit code 3), not a mistake in the command or in the product.
/// </summary>
public sealed class EnvironmentNotReadyException(string message) : InvalidOperationException(message);
