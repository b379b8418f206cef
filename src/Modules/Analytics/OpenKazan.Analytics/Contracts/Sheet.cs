namespace OpenKazan.Analytics.Contracts;

/// <summary>What a column holds, so that a spreadsheet types and formats its cells (and a CSV writes plain numbers).</summary>
public enum CellKind
{
    Text,

    /// <summary>A whole number ("1 234").</summary>
    Count,

    /// <summary>A share between 0 and 1, formatted as a percentage ("90,7 %").</summary>
    Share,

    /// <summary>A duration in minutes, formatted as hours and minutes ("[h]:mm").</summary>
    Minutes,

    /// <summary>An average score, two decimals.</summary>
    Score,

    /// <summary>A date (a <see cref="DateOnly"/>), formatted as the day.</summary>
    Date,

    /// <summary>A date that stands for its month, formatted as the month and year.</summary>
    Month,
}

/// <summary>One column of an exported sheet: the header people read and the kind of its cells.</summary>
public sealed record SheetColumn(string Header, CellKind Kind);

/// <summary>
/// A table made for people: a title line (the city, the period, the filters), headers in the reader's language, and
/// rows whose cells are text, numbers or dates as <see cref="SheetColumn.Kind"/> says; null is an empty cell.
/// </summary>
public sealed record Sheet(string Title, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
