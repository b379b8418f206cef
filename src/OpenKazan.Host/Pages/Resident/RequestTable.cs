using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>What the one request table shows: the resident's list, the staff queues and the call centre's history.</summary>
public sealed record RequestTable(IReadOnlyList<RequestRow> Rows, string LinkPrefix, string Caption)
{
    /// <summary>A column saying why each row is listed (the call centre's "this caller" / "this building"), if any.</summary>
    public RowReasons? Reasons { get; init; }
}

/// <summary>The header of the reason column and each row's reason: a stable kind for tests and styling, and its words.</summary>
public sealed record RowReasons(string Header, Func<RequestRow, (string Kind, string Text)> Of);
