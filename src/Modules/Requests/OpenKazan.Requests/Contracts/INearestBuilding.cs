using OpenKazan.Registry.Contracts;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The intake's rule for a point on the map: the nearest building of the city within <see cref="MaxDistanceMetres"/>.
/// Open311 resolves coordinates with it, so a request lands on the same building whichever way it is filed.
/// </summary>
public interface INearestBuilding
{
    double MaxDistanceMetres { get; }

    Task<BuildingDto?> NearestAsync(double latitude, double longitude, CancellationToken ct);
}
