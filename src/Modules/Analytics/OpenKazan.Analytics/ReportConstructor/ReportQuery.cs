using OpenKazan.Analytics.Contracts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>A checked <see cref="ReportSpec"/>: every name resolved against <see cref="ReportCatalog"/>.</summary>
internal sealed record ReportQuery(
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<Measure> Measures,
    DateOnly From,
    DateOnly To,
    (DateOnly From, DateOnly To)? Comparison,
    IReadOnlyList<(Dimension Dimension, IReadOnlyList<string> Values)> Filters);

/// <summary>Checks a spec; the errors are keyed by field, ready for a problem+json answer.</summary>
internal static class ReportValidation
{
    public const int MaxDimensions = 3;
    public const int MaxDays = 3 * 366;

    public static ReportQuery? Validate(ReportSpec spec, bool crossCity, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(spec);
        errors = [];
        var dimensions = Resolve(spec.Dimensions ?? [], ReportCatalog.Dimensions, "dimensions", errors);
        var measures = Resolve(spec.Measures ?? [], ReportCatalog.Measures, "measures", errors);
        if (!crossCity && dimensions.Any(d => d.Id == "city"))
        {
            errors["dimensions"] = ["The city dimension is only for the central team's cross-city reports."];
        }

        if (dimensions.Count > MaxDimensions)
        {
            errors["dimensions"] = [$"At most {MaxDimensions} dimensions."];
        }

        if (measures.Count == 0)
        {
            errors["measures"] = ["Choose at least one measure."];
        }

        CheckPeriod(spec.From, spec.To, "period", errors);
        (DateOnly, DateOnly)? comparison = null;
        if (spec.CompareFrom is { } cf && spec.CompareTo is { } ct)
        {
            CheckPeriod(cf, ct, "comparison", errors);
            comparison = (cf, ct);
        }
        else if (spec.CompareFrom is not null || spec.CompareTo is not null)
        {
            errors["comparison"] = ["Give both ends of the comparison period, or neither."];
        }

        var filters = ResolveFilters(spec.Filters, crossCity, errors);
        CheckVoteMeasures(measures, dimensions.Concat(filters.Select(f => f.Item1)), errors);
        return errors.Count == 0 ? new ReportQuery(dimensions, measures, spec.From, spec.To, comparison, filters) : null;
    }

    private static List<T> Resolve<T>(IReadOnlyList<string> names, IReadOnlyDictionary<string, T> known, string field, Dictionary<string, string[]> errors)
    {
        var unknown = names.Where(n => !known.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            errors[field] = [$"Unknown: {string.Join(", ", unknown)}. Known: {string.Join(", ", known.Keys)}."];
        }
        else if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            errors[field] = ["A name is repeated."];
        }

        return names.Where(known.ContainsKey).Select(n => known[n]).ToList();
    }

    /// <summary>A vote has an organisation, a district, a city and a date; it cannot be split by category, channel and the like.</summary>
    private static void CheckVoteMeasures(List<Measure> measures, IEnumerable<Dimension> used, Dictionary<string, string[]> errors)
    {
        var misfits = used.Where(d => !d.AppliesToVotes).Select(d => d.Id).Distinct().ToList();
        if (measures.Any(m => m.Source == MeasureSource.Votes) && misfits.Count > 0)
        {
            var fitting = ReportCatalog.Dimensions.Values.Where(d => d.AppliesToVotes).Select(d => d.Id);
            errors["measures"] = [$"Votes can be grouped and filtered only by {string.Join(", ", fitting)}; not by {string.Join(", ", misfits)}."];
        }
    }

    private static void CheckPeriod(DateOnly from, DateOnly to, string field, Dictionary<string, string[]> errors)
    {
        if (from == default || to == default || to < from)
        {
            errors[field] = ["The period needs a start and an end, the end not before the start."];
        }
        else if (to.DayNumber - from.DayNumber > MaxDays)
        {
            errors[field] = [$"A period is at most {MaxDays} days."];
        }
    }

    private static List<(Dimension, IReadOnlyList<string>)> ResolveFilters(
        IReadOnlyDictionary<string, IReadOnlyList<string>>? filters, bool crossCity, Dictionary<string, string[]> errors)
    {
        var resolved = new List<(Dimension, IReadOnlyList<string>)>();
        foreach (var (name, values) in filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!ReportCatalog.Dimensions.TryGetValue(name, out var dimension) || dimension.IsPeriod || (dimension.Id == "city" && !crossCity))
            {
                errors[$"filters.{name}"] = ["Not a dimension that can filter (periods are chosen with from/to)."];
            }
            else if (values is null || values.Count == 0 || (dimension.IsGuid && values.Any(v => !Guid.TryParse(v, out _))))
            {
                errors[$"filters.{name}"] = [dimension.IsGuid ? "Give one or more ids." : "Give one or more values."];
            }
            else
            {
                // Ids are compared in one spelling on every engine.
                resolved.Add((dimension, dimension.IsGuid ? values.Select(v => Guid.Parse(v).ToString()).ToList() : values));
            }
        }

        return resolved;
    }
}
