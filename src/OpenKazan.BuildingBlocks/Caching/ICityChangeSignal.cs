namespace OpenKazan.BuildingBlocks.Caching;

/// <summary>
/// Tells every node that a city's cached values changed outside the catalog (its SLA policy lives in the city's own
/// tables). The tenancy module bumps the catalog version, so each node drops its <see cref="CityCache"/> entries.
/// </summary>
public interface ICityChangeSignal
{
    Task CityChangedAsync(Guid cityId, CancellationToken cancellationToken);
}
