using OpenKazan.Registry.Search;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Lookups;

namespace OpenKazan.Registry.Contracts;

/// <summary>One page of buildings found for an address; <see cref="HasMore"/> when a further page exists.</summary>
public sealed record AddressPage(IReadOnlyList<BuildingDto> Buildings, bool HasMore);

/// <summary>The one building an address means, if it means one, and the nearest addresses to offer instead.</summary>
public sealed record AddressMatch(BuildingDto? Building, IReadOnlyList<BuildingDto> Nearest);

/// <summary>
/// The one address search of the city (resident form, call centre, Open311 <c>address_string</c>, profile, admin pages).
/// The street's longest word selects candidates from the stored key (LIKE, served by a pg_trgm GIN index on PostgreSQL);
/// they are ranked here: the street named exactly first, then streets starting with it, then streets holding its words;
/// within a street the house asked for, then the nearest house numbers; a street alone lists its houses in numeric order.
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
        var query = Query(text);
        if (query is null)
        {
            return null;
        }

        var wanted = Math.Max(skip, 0) + take + 1;
        var ranked = await RankedByStreetStartAsync(db, query, wanted, ct) ?? await RankedAsync(db, query, ct);
        ranked = ranked.Skip(Math.Max(skip, 0)).Take(take + 1).ToList();
        return new AddressPage(ranked.Take(take).Select(c => c.Building).ToList(), ranked.Count > take);
    }

    /// <summary>
    /// The building the text names: the only one of its street (named in full, else by its beginning) with that house
    /// and kind of street, or the only building found at all; null when the text is too short or too long to search.
    /// </summary>
    public static async Task<AddressMatch?> MatchAddressAsync(this TenantScopedDbContext db, string? text, CancellationToken ct)
    {
        var query = Query(text);
        if (query is null)
        {
            return null;
        }

        var ranked = await RankedAsync(db, query, ct);
        var nearest = ranked.Take(3).Select(c => c.Building).ToList();
        if (ranked.Count == 1)
        {
            return new AddressMatch(ranked[0].Building, nearest);
        }

        var sameHouse = ranked.Where(c => query.House is not null && c.Key.House == query.House && c.KindFits && (query.Rest.Length == 0 || c.Key.Rest == query.Rest)).ToList();
        var named = sameHouse.Where(c => c.Street == StreetFit.Exact).ToList();
        var only = named.Count > 0 ? named : sameHouse.Where(c => c.Street == StreetFit.Prefix).ToList();
        return new AddressMatch(only.Count == 1 ? only[0].Building : null, nearest);
    }

    private static AddressKey? Query(string? text)
    {
        var key = AddressKey.Parse(text);
        return key.Text.Length is < MinLength or > MaxLength || (text?.Length ?? 0) > MaxLength ? null : key;
    }

    private static async Task<List<Ranked>> RankedAsync(TenantScopedDbContext db, AddressKey query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var words = query.Street.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pattern = $"%{(words.Length > 0 ? words.MaxBy(w => w.Length) : query.House)}%";
        return Rank(query, await CandidatesAsync(db.Set<Building>().Where(b => EF.Functions.Like(b.AddressSearch, pattern)), ct)).ToList();
    }

    /// <summary>
    /// The streets that start with the one typed come before every other street, so when they fill the page the page
    /// is read from the key's ordinary index (a range on SQLite, whose LIKE scans) without looking for the word
    /// elsewhere; null when they do not fill it.
    /// </summary>
    private static async Task<List<Ranked>?> RankedByStreetStartAsync(TenantScopedDbContext db, AddressKey query, int wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (query.Street.Length == 0)
        {
            return null;
        }

        var start = query.Street;
        var buildings = db.Set<Building>();
        var end = start + char.MaxValue;

        // Translated to SQL (SQLite compares text by code point), never run in .NET: string.Compare is what EF translates.
#pragma warning disable CA1309
        var starting = db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true
            ? buildings.Where(b => string.Compare(b.AddressSearch, start) >= 0 && string.Compare(b.AddressSearch, end) < 0)
            : buildings.Where(b => EF.Functions.Like(b.AddressSearch, start + "%"));
#pragma warning restore CA1309
        var ranked = Rank(query, await CandidatesAsync(starting, ct)).ToList();
        return ranked.Count >= wanted ? ranked : null;
    }

    private static Task<List<BuildingDto>> CandidatesAsync(IQueryable<Building> buildings, CancellationToken ct) =>
        buildings.AsNoTracking()
            .OrderBy(b => b.AddressSearch)
            .Take(MaxCandidates)
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude))
            .ToListAsync(ct);

    internal static IEnumerable<Ranked> Rank(AddressKey query, IEnumerable<BuildingDto> candidates)
    {
        var words = query.Street.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = query.HouseOrder.Number;
        return candidates
            .Select(b => Ranked.Of(b, AddressKey.Parse(b.Address), query, words))
            .Where(c => c.Street != StreetFit.None && (query.House is null || query.Street.Length == 0 || c.Key.House is not null))
            .OrderBy(c => c.Street)
            .ThenBy(c => c.KindFits ? 0 : 1)
            .ThenBy(c => c.Key.Street, StringComparer.Ordinal)
            .ThenBy(c => query.House is not null && c.Key.House == query.House ? 0 : 1)
            .ThenBy(c => c.Key.Rest == query.Rest ? 0 : 1)
            .ThenBy(c => c.Key.Kind, StringComparer.Ordinal)
            .ThenBy(c => query.House is null ? 0 : Math.Abs((long)wanted - c.Key.HouseOrder.Number))
            .ThenBy(c => c.Key.HouseOrder.Number)
            .ThenBy(c => c.Key.HouseOrder.Block)
            .ThenBy(c => c.Key.House, StringComparer.Ordinal);
    }

    /// <summary>How well a building's street fits the street typed, best first.</summary>
    internal enum StreetFit
    {
        Exact,
        Prefix,
        Words,
        None,
    }

    internal sealed record Ranked(BuildingDto Building, AddressKey Key, StreetFit Street, bool KindFits)
    {
        public static Ranked Of(BuildingDto building, AddressKey key, AddressKey query, string[] words) =>
            new(building, key, Fit(key.Street, query.Street, words), query.Kind is null || key.Kind is null || key.Kind == query.Kind);

        private static StreetFit Fit(string street, string typed, string[] words)
        {
            if (street == typed)
            {
                return StreetFit.Exact;
            }

            if (street.StartsWith(typed, StringComparison.Ordinal))
            {
                return StreetFit.Prefix;
            }

            return words.All(w => street.Contains(w, StringComparison.Ordinal)) ? StreetFit.Words : StreetFit.None;
        }
    }
}
