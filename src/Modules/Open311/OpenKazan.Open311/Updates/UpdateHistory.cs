using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Updates;

/// <summary>
/// The status moves of some requests, so that each update is told with the status the request had at that moment
/// (a comment carries the status in force when it was written) and in plain words of the request's language.
/// </summary>
internal sealed class UpdateHistory
{
    private readonly ILookup<Guid, RequestHistoryRow> _moves;

    private UpdateHistory(ILookup<Guid, RequestHistoryRow> moves) => _moves = moves;

    public static async Task<UpdateHistory> LoadAsync(TenantScopedDbContext db, IReadOnlyList<Guid> requestIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = requestIds.ToList();
        var moves = await db.RequestHistoryRows()
            .Where(e => ids.Contains(e.RequestId) && e.ToStatus != null)
            .ToListAsync(ct);
        return new UpdateHistory(moves.OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.RequestId));
    }

    /// <summary>The status the request had right after <paramref name="update"/>: its own, or the last one before it.</summary>
    public RequestStatus StatusAfter(RequestHistoryRow update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.ToStatus ?? _moves[update.RequestId]
            .LastOrDefault(e => e.At < update.At || (e.At == update.At && e.Id.CompareTo(update.Id) < 0))?.ToStatus ?? RequestStatus.New;
    }

    /// <summary>
    /// A staff comment or a staff reason as written; routing notes and a resident's own words are never published:
    /// those updates say the new status in plain words instead.
    /// </summary>
    public static string Describe(RequestHistoryRow update, RequestStatus status, string culture)
    {
        ArgumentNullException.ThrowIfNull(update);
        var byResident = update.ActorRole == nameof(ActorRole.Resident);
        var staffWords = update.Kind is RequestEventKinds.Commented or RequestEventKinds.StatusChanged && !byResident ? update.Reason : null;
        var statusWords = StatusNames.In(status, culture);
        var plain = char.ToUpper(statusWords[0], System.Globalization.CultureInfo.InvariantCulture) + statusWords[1..];
        return update.Kind == RequestEventKinds.Commented ? staffWords ?? plain : staffWords is null ? plain : $"{plain}: {staffWords}";
    }
}
