namespace OpenKazan.BuildingBlocks.Caching;

/// <summary>
/// Marks a city's entity that its public pages and exports show (requests, their feedback, votes, the registry):
/// saving one evicts that city's cached public output (<see cref="IPublicOutputEviction"/>), so a change shows at once
/// instead of after the cache period.
/// </summary>
public interface IPublicCityData;

/// <summary>
/// Marks a row that one request's own public answers show (its status page, its Open311 form): saving it evicts those
/// answers at once (<see cref="PublicOutput.RequestTag"/>), so a resident who reads right after a change sees it.
/// </summary>
public interface IPublicRequestData
{
    Guid RequestId { get; }
}

/// <summary>Drops the cached public pages and exports of a city, or the answers of one request, whose public data changed (the host implements it).</summary>
public interface IPublicOutputEviction
{
    void CityChanged(Guid cityId);

    /// <summary>Evicts at once, never folded like <see cref="CityChanged"/>: each request's answers are cheap to rebuild.</summary>
    void RequestChanged(Guid requestId);
}

/// <summary>
/// Told at once (never folded) when a city's public data was saved on this node, e.g. to mark a city's export file
/// stale; the host's <see cref="IPublicOutputEviction"/> calls every one registered.
/// </summary>
public interface IPublicCityChangeListener
{
    void CityChanged(Guid cityId);
}
