using System.Globalization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// The building an Open311 request is about, from <c>address_id</c> (the building's code), <c>lat</c>+<c>long</c>
/// (the nearest building within the intake's distance, found by the intake's own locator) or <c>address_string</c>
/// (one building of the registry), in that order. A point outside the city's stored boundary is refused by the
/// registry's one check (<see cref="CityArea"/>), naming the boundary.
/// </summary>
internal sealed class LocationResolver(TenantScopedDbContext db, INearestBuilding locator)
{
    public async Task<(BuildingDto? Building, string? Error)> ResolveAsync(Open311Call call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Parameter("address_id") is { } code)
        {
            var byCode = await db.BuildingByCodeAsync(code, ct);
            return byCode is null ? (null, $"address_id '{code}' is not a building of this city.") : (byCode, null);
        }

        var lat = call.Parameter("lat");
        var lon = call.Parameter("long");
        if (lat is not null || lon is not null)
        {
            return await NearestAsync(lat, lon, ct);
        }

        if (call.Parameter("address_string") is { } address)
        {
            return await ByAddressAsync(address, ct);
        }

        return (null, "A location is required: lat and long, address_string or address_id.");
    }

    private async Task<(BuildingDto?, string?)> NearestAsync(string? lat, string? lon, CancellationToken ct)
    {
        if (!TryCoordinate(lat, 90, out var latitude) || !TryCoordinate(lon, 180, out var longitude))
        {
            return (null, "lat and long are both required, as decimal degrees (WGS 84).");
        }

        if (await db.OutsideCityBoundaryAsync(latitude, longitude, ct) is { } boundary)
        {
            return (null, $"lat {lat}, long {lon} lies outside the boundary of {boundary}: give a location inside the city.");
        }

        var building = await locator.NearestAsync(latitude, longitude, ct);
        var metres = locator.MaxDistanceMetres.ToString("0", CultureInfo.InvariantCulture);
        return building is null
            ? (null, $"No building of this city within {metres} m of lat {lat}, long {lon}: give address_id or address_string instead.")
            : (building, null);
    }

    private async Task<(BuildingDto?, string?)> ByAddressAsync(string address, CancellationToken ct)
    {
        var match = await db.MatchAddressAsync(address, ct);
        if (match is null)
        {
            return (null, $"address_string is {AddressSearch.MinLength} to {AddressSearch.MaxLength} characters and names a street or a house.");
        }

        if (match.Building is { } found)
        {
            return (found, null);
        }

        var suggestions = string.Join("; ", match.Nearest.Select(b => $"{b.Address} (address_id {b.Code})"));
        var hint = suggestions.Length > 0 ? $" Nearest addresses: {suggestions}." : string.Empty;
        return match.Nearest.Count == 0
            ? (null, $"address_string '{address}' matches no building of this city.{hint}")
            : (null, $"address_string '{address}' matches several buildings: give address_id or lat and long.{hint}");
    }

    private static bool TryCoordinate(string? text, double limit, out double value)
    {
        value = 0;
        return text is not null
               && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value) && Math.Abs(value) <= limit;
    }
}
