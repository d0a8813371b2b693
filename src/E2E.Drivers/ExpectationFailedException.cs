namespace E2E.Drivers;

/// <summary>A business expectation that did not hold; its message is written for testers, in Swedish.</summary>
public sealed class ExpectationFailedException(string message, Exception? inner = null) : Exception(message, inner);
