namespace E2E.Drivers;

/// <summary>
/// A business expectation that did not hold; its message is written for testers, in Swedish.
/// "Assertion" in the name makes the report count it as a product failure (failed), not a broken test.
/// </summary>
public sealed class BusinessAssertionException(string message, Exception? inner = null) : Exception(message, inner);
