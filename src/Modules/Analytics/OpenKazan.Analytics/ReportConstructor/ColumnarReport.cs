using System.Globalization;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>
/// A report computed over <see cref="FactColumns"/>: one pass keeps the rows of the period, the filters and the
/// organisation scope and files them under their dimension codes; the measures then run per group. Groups are keyed by
/// their texts, so the same district or month from several cities' columns meets in one row.
/// </summary>
internal static class ColumnarReport
{
    public static GroupedValues Group(IEnumerable<FactColumns> sets, ReportQuery query, Guid? organisation, DateOnly from, DateOnly to)
    {
        var groups = new Dictionary<string, (IReadOnlyList<string> Keys, RowGroup Rows)>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var (codes, rows) in GroupRows(set, query, organisation, from, to))
            {
                IReadOnlyList<string> keys = query.Dimensions.Select((d, i) => d.Text(set, codes[i])).ToList();
                var joined = string.Join(ReportEngine.KeySeparator, keys);
                if (!groups.TryGetValue(joined, out var group))
                {
                    group = (keys, new RowGroup());
                    groups[joined] = group;
                }

                group.Rows.Add(set, rows);
            }
        }

        var values = groups.ToDictionary(
            g => g.Key, g => (g.Value.Keys, query.Measures.Select(m => m.Compute(g.Value.Rows)).ToArray()), StringComparer.Ordinal);
        if (query.Dimensions.Count == 0 && values.Count == 0)
        {
            // One total row even over no requests, as a SELECT without GROUP BY answers.
            values[string.Empty] = ([], query.Measures.Select(m => m.Compute(RowGroup.Empty)).ToArray());
        }

        return new GroupedValues(values);
    }

    private static Dictionary<GroupCodes, List<int>> GroupRows(FactColumns set, ReportQuery query, Guid? organisation, DateOnly from, DateOnly to)
    {
        var filters = Filters(set, query, organisation);
        var dimensions = query.Dimensions;
        var (first, last) = (from.DayNumber, to.DayNumber);
        var rows = new Dictionary<GroupCodes, List<int>>();
        for (var row = 0; row < set.Count; row++)
        {
            var day = set.Day[row];
            if (day < first || day > last || !Passes(filters, row))
            {
                continue;
            }

            var codes = new GroupCodes(
                dimensions.Count > 0 ? dimensions[0].Code(set, row) : 0,
                dimensions.Count > 1 ? dimensions[1].Code(set, row) : 0,
                dimensions.Count > 2 ? dimensions[2].Code(set, row) : 0);
            if (!rows.TryGetValue(codes, out var members))
            {
                members = [];
                rows[codes] = members;
            }

            members.Add(row);
        }

        return rows;
    }

    /// <summary>Each filter as the codes its values have in this set (a value no row has simply matches nothing).</summary>
    private static List<(List<int> Column, HashSet<int> Allowed)> Filters(FactColumns set, ReportQuery query, Guid? organisation)
    {
        var filters = query.Filters
            .Select(f => (set[f.Dimension.Field!.Value].Codes, f.Values.Select(v => set[f.Dimension.Field!.Value].Find(v)).ToHashSet()))
            .ToList();
        if (organisation is { } org)
        {
            var column = set[FactField.Organisation];
            filters.Add((column.Codes, [column.Find(org.ToString("D", CultureInfo.InvariantCulture))]));
        }

        return filters;
    }

    private static bool Passes(List<(List<int> Column, HashSet<int> Allowed)> filters, int row)
    {
        foreach (var (column, allowed) in filters)
        {
            if (!allowed.Contains(column[row]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The codes of up to three dimensions (<see cref="ReportValidation.MaxDimensions"/>).</summary>
    private readonly record struct GroupCodes(int First, int Second, int Third)
    {
        public int this[int index] => index switch { 0 => First, 1 => Second, _ => Third };
    }
}
