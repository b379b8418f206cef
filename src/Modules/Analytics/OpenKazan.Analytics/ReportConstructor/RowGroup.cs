namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>The rows of one report group; in a cross-city report they may lie in several cities' columns.</summary>
internal sealed class RowGroup
{
    private readonly List<(FactColumns Set, List<int> Rows)> _parts = [];

    public static RowGroup Empty { get; } = new();

    public int Count => _parts.Sum(p => p.Rows.Count);

    /// <summary>One value per row, read from the row's own columns.</summary>
    public IEnumerable<T> Select<T>(Func<FactColumns, int, T> read) => _parts.SelectMany(p => p.Rows.Select(row => read(p.Set, row)));

    internal void Add(FactColumns set, List<int> rows) => _parts.Add((set, rows));
}
