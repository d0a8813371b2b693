namespace E2E.TestData;

/// <summary>Why the guard refused a number.</summary>
public enum TestIdentityRefusal { InteTestidentitet, FelKontrollsiffra, Felformaterat }

/// <summary>A refused number: stays an InvalidOperationException so existing callers' handling is unchanged.</summary>
public sealed class TestIdentityRefusedException(string value, TestIdentityRefusal reason, string message)
    : InvalidOperationException(message)
{
    public string Value { get; } = value;
    public TestIdentityRefusal Reason { get; } = reason;
}
