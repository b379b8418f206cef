using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Lookups;

namespace OpenKazan.Registry.Search;

/// <summary>One page of buildings found for an address; <see cref="HasMore"/> when a further page exists.</summary>
public sealed record AddressPage(IReadOnlyList<BuildingDto> Buildings, bool HasMore);

/// <summary>
/// The one address search of the city (resident form, call centre, Open311 <c>address_string</c>, admin pages).
/// The street's words select candidates from the stored key (a pg_trgm GIN index on PostgreSQL); they are ranked here:
/// the street named exactly first, then the house asked for, then the nearest house numbers; a street alone lists its
/// houses in numeric order.
/// </summary>
public static class AddressSearch
{
    public const int MinLength = 2;
    public const int MaxLength = 200;

    /// <summary>The most candidates one search ranks: longer than any street of a city.</summary>
    private const int MaxCandidates = 3000;

    /// <summary>Null when the text is too short or too long to search.</summary>
    public static async Task<AddressPage?> SearchAddressAsync(
        this TenantScopedDbContext db, string? text, int skip, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = AddressKey.Parse(text);
        if (key.Text.Length is < MinLength or > MaxLength || (text?.Length ?? 0) > MaxLength)
        {
            return null;
        }

        var filter = key.Street.Length > 0 ? key.Street : key.Text;
        var candidates = await db.Set<Building>().AsNoTracking()
            .Where(b => b.AddressSearch.Contains(filter))
            .OrderBy(b => b.AddressSearch)
            .Take(MaxCandidates)
            .Select(b => new Candidate(b.AddressSearch, new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude)))
            .ToListAsync(ct);
        var ranked = Rank(key, candidates).Skip(Math.Max(skip, 0)).Take(take + 1).ToList();
        return new AddressPage(ranked.Take(take).ToList(), ranked.Count > take);
    }

    /// <summary>The buildings whose key equals the address's key: the one building a caller means, or several.</summary>
    public static Task<List<Building>> ExactAddressAsync(this TenantScopedDbContext db, string address, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = AddressKey.Normalise(address);
        return db.Set<Building>().AsNoTracking().Where(b => b.AddressSearch == key).Take(take).ToListAsync(ct);
    }

    internal static IEnumerable<BuildingDto> Rank(AddressKey query, IEnumerable<Candidate> candidates)
    {
        var wanted = query.HouseOrder;
        return candidates
            .Select(c => (c.Building, Key: AddressKey.Parse(c.Key)))
            .Where(c => query.House is null || query.Street.Length == 0 || c.Key.House is not null)
            .OrderBy(c => c.Key.Street == query.Street ? 0 : c.Key.Street.StartsWith(query.Street, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(c => c.Key.Street, StringComparer.Ordinal)
            .ThenBy(c => query.House is not null && c.Key.House == query.House ? 0 : 1)
            .ThenBy(c => query.House is null ? 0 : Distance(wanted.Number, c.Key.HouseOrder.Number))
            .ThenBy(c => c.Key.HouseOrder.Number)
            .ThenBy(c => c.Key.HouseOrder.Block)
            .Select(c => c.Building);
    }

    private static long Distance(int wanted, int number) => Math.Abs((long)wanted - number);

    internal sealed record Candidate(string Key, BuildingDto Building);
}
