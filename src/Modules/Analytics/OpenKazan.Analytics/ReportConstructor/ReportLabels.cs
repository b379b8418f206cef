using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>
/// Readable names for dimension keys, in the reader's language: registry names, months by name ("янв 2026"), days and
/// weeks as the reader writes dates. A key without a name is shown as is.
/// </summary>
internal sealed class LabelSet(IReadOnlyDictionary<LabelKind, IReadOnlyDictionary<string, string>> names, CultureInfo culture)
{
    public string Label(Dimension dimension, string key)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (key.Length == 0)
        {
            return "—";
        }

        if (dimension.IsPeriod && DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return PeriodLabel(dimension.Id, day, culture);
        }

        return names.TryGetValue(dimension.Label, out var byKey) && byKey.TryGetValue(key, out var name) ? name : key;
    }

    /// <summary>A month as its short name and year ("янв 2026", "Jan 2026"); a day or a week's first day as a short date.</summary>
    public static string PeriodLabel(string dimension, DateOnly day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (dimension != "month")
        {
            return day.ToString("d", culture);
        }

        var month = culture.DateTimeFormat.GetAbbreviatedMonthName(day.Month).TrimEnd('.');
        return $"{month} {day.Year.ToString(CultureInfo.InvariantCulture)}";
    }
}

/// <summary>Loads the registry names a report's dimensions need (for a cross-city report: of every city in scope).</summary>
internal sealed class ReportLabels(TenantScopedDbContext db, ITenantStore cities)
{
    public async Task<LabelSet> LoadAsync(IReadOnlyList<Dimension> dimensions, ReportScope scope, string culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(scope);
        var names = new Dictionary<LabelKind, IReadOnlyDictionary<string, string>>();
        var ids = scope.Cities;
        foreach (var kind in dimensions.Select(d => d.Label).Distinct())
        {
            IReadOnlyDictionary<string, string>? byKey = kind switch
            {
                LabelKind.District => (await db.DistrictLabels(ids, scope.CrossCity).Select(d => new { d.Id, d.Name }).ToListAsync(ct))
                    .ToDictionary(d => d.Id.ToString(), d => d.Name.In(culture)),
                LabelKind.Organisation => (await db.OrganisationLabels(ids, scope.CrossCity).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
                    .ToDictionary(o => o.Id.ToString(), o => o.Name.In(culture)),
                LabelKind.Category => (await db.CategoryLabels(ids, scope.CrossCity).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
                    .ToDictionary(c => c.Id.ToString(), c => c.Name.In(culture)),
                LabelKind.City => cities.All.Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id.ToString(), c => c.Name(culture)),
                _ => null,
            };
            if (byKey is not null)
            {
                names[kind] = byKey;
            }
        }

        return new LabelSet(names, CultureFor(culture));
    }

    private static CultureInfo CultureFor(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
