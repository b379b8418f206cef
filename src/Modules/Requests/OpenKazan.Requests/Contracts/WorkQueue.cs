using System.Globalization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The one work queue behind the dispatcher's queue, the executor's inbox and the organisation admin's view: every open
/// request the person may work on, most urgent first, a page at a time with counts per filter.
/// </summary>
public interface IWorkQueueReader
{
    Task<WorkQueuePage> ReadAsync(WorkQueueQuery query, ICurrentUser user, CancellationToken ct);
}

/// <summary>Which deadlines a queue shows: all, only the late ones, or only those whose warning has started.</summary>
public enum DeadlineFilter
{
    Any,
    Overdue,
    Near,
}

/// <summary>What a work queue is filtered by (every part optional) and where its page starts.</summary>
public sealed record WorkQueueQuery(
    Guid? DistrictId = null,
    Guid? OrganisationId = null,
    Guid? CategoryId = null,
    RequestChannel? Channel = null,
    RequestStatus? Status = null,
    DeadlineFilter Deadline = DeadlineFilter.Any,
    bool UnassignedOnly = false,
    QueueCursor? After = null,
    int PageSize = WorkQueueQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;
}

/// <summary>
/// The place in the queue after which the next page starts (keyset paging): the last row's urgency, stage deadline and
/// number. A page is found by an index seek however deep it is, and a request filed meanwhile never shifts a page.
/// </summary>
public sealed record QueueCursor(int Urgency, DateTime DueAt, string Number)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Urgency}.{DueAt.Ticks}.{Number}");

    internal static QueueCursor From(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Urgency, request.QueueDueAt, request.Number);
    }

    public static bool TryParse(string? text, out QueueCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split('.', 3);
        if (parts is not [var urgency, var ticks, var number]
            || !int.TryParse(urgency, NumberStyles.None, CultureInfo.InvariantCulture, out var u)
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            || t > DateTime.MaxValue.Ticks || number.Length is 0 or > 32)
        {
            return false;
        }

        cursor = new QueueCursor(u, new DateTime(t, DateTimeKind.Utc), number);
        return true;
    }
}

/// <summary>How many requests of the queue each filter value would show, the other filters staying as they are.</summary>
public sealed record WorkQueueCounts(
    int Overdue,
    int Near,
    int Unassigned,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<Guid, int> ByOrganisation,
    IReadOnlyDictionary<Guid, int> ByCategory,
    IReadOnlyDictionary<Guid, int> ByDistrict,
    IReadOnlyDictionary<string, int> ByChannel);

/// <summary>One page of a work queue: the true total of the filtered set, its rows, the next page's cursor, counts per filter.</summary>
public sealed record WorkQueuePage(int Total, IReadOnlyList<RequestRow> Items, string? Next, WorkQueueCounts Counts);
