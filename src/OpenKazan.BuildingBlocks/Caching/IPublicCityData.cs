namespace OpenKazan.BuildingBlocks.Caching;

/// <summary>
/// Marks a city's entity that its public pages and exports show (requests, their feedback, votes, the registry):
/// saving one evicts that city's cached public output (<see cref="IPublicOutputEviction"/>), so a change shows at once
/// instead of after the cache period.
/// </summary>
public interface IPublicCityData;

/// <summary>Drops the cached public pages and exports of a city whose public data changed (the host implements it).</summary>
public interface IPublicOutputEviction
{
    void CityChanged(Guid cityId);
}
