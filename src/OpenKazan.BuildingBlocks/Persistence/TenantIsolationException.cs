namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>Raised when code tries to write a row of another city, or any city row without a city.</summary>
public sealed class TenantIsolationException : InvalidOperationException
{
    public TenantIsolationException()
    {
    }

    public TenantIsolationException(string message)
        : base(message)
    {
    }

    public TenantIsolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
