using OpenKazan.Tenancy;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// The current city of this asynchronous flow. It holds nothing of its own: the value lives in an
/// <see cref="AsyncLocal{T}"/>, so concurrent requests and jobs never see each other's city.
/// </summary>
public sealed class CurrentTenantAccessor : ICurrentTenant
{
    private readonly AsyncLocal<TenantInfo?> _current = new();

    public TenantInfo? Info => _current.Value;

    public TenantContext? Tenant => _current.Value?.ToContext();

    /// <summary>Sets the city until the returned handle is disposed, then restores the previous one.</summary>
    public IDisposable Use(TenantInfo? tenant)
    {
        var previous = _current.Value;
        _current.Value = tenant;
        return new Restore(_current, previous);
    }

    private sealed class Restore(AsyncLocal<TenantInfo?> current, TenantInfo? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            current.Value = previous;
        }
    }
}
