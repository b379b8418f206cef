using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Search;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Domain;

/// <summary>An apartment building of the city's address registry.</summary>
public sealed class Building : ITenantOwned, IPublicCityData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>The registry's own code (Open311 <c>address_id</c>).</summary>
    public required string Code { get; set; }

    public required string Address { get; set; }

    /// <summary>The address reduced to street words and house number (<see cref="AddressKey"/>), searched on every engine.</summary>
    public required string AddressSearch { get; set; }

    public Guid DistrictId { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public Guid? ManagingOrganisationId { get; set; }

    public int? Floors { get; set; }

    public int? Flats { get; set; }

    public int? YearBuilt { get; set; }

    public static string NormaliseAddress(string address) => AddressKey.Normalise(address);
}
