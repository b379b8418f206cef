using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Options;

/// <summary>
/// Options of the current city: the application-wide value with each city's configuration applied on top.
/// Cached per city and per catalog entry, so a catalog change yields fresh options on every node.
/// </summary>
public sealed class TenantOptions<TOptions>(
    IOptionsFactory<TOptions> factory,
    IEnumerable<IConfigurePerTenant<TOptions>> configurators,
    CurrentTenantAccessor accessor,
    TenantOptionsCache<TOptions> cache)
    where TOptions : class
{
    public TOptions Value
    {
        get
        {
            var tenant = accessor.Info;
            if (tenant is null)
            {
                return factory.Create(Microsoft.Extensions.Options.Options.DefaultName);
            }

            return cache.GetOrAdd(tenant, t =>
            {
                var options = factory.Create(Microsoft.Extensions.Options.Options.DefaultName);
                foreach (var configurator in configurators)
                {
                    configurator.Configure(options, t);
                }

                return options;
            });
        }
    }
}

/// <summary>Applies one city's settings to an options instance.</summary>
public interface IConfigurePerTenant<in TOptions>
    where TOptions : class
{
    void Configure(TOptions options, TenantInfo tenant);
}

internal sealed class ConfigurePerTenant<TOptions>(Action<TOptions, TenantInfo> configure) : IConfigurePerTenant<TOptions>
    where TOptions : class
{
    public void Configure(TOptions options, TenantInfo tenant) => configure(options, tenant);
}

/// <summary>One entry per city; an entry built from an older catalog entry is replaced, never reused.</summary>
public sealed class TenantOptionsCache<TOptions>
    where TOptions : class
{
    private readonly ConcurrentDictionary<Guid, (TenantInfo Source, TOptions Options)> _entries = new();

    public TOptions GetOrAdd(TenantInfo tenant, Func<TenantInfo, TOptions> create)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(create);
        if (_entries.TryGetValue(tenant.Id, out var entry) && ReferenceEquals(entry.Source, tenant))
        {
            return entry.Options;
        }

        var options = create(tenant);
        _entries[tenant.Id] = (tenant, options);
        return options;
    }
}
