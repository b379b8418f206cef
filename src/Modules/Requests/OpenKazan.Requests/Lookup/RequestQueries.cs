using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Phones;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Attachments;
using OpenKazan.Requests.Comments;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Submit;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Lookup;

/// <summary>The reads the pages need: one request by number, a resident's list, a caller's history (the queues are <see cref="Queue.WorkQueueReader"/>).</summary>
internal sealed class RequestQueries(TenantScopedDbContext db, RequestRows rows) : IRequestLookup
{
    public const int PageSize = 200;

    /// <summary>Enough of a caller's and a building's past for a phone call; older ones are in the registry.</summary>
    public const int HistoryLimit = 100;

    public async Task<RequestView?> FindAsync(string number, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(user);
        var normalised = number.Trim().ToUpperInvariant();
        var request = await db.Set<ServiceRequest>().AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(r => r.Number == normalised, ct);
        if (request is null)
        {
            return null;
        }

        var staff = RequestAccess.IsStaff(user);
        var deadlines = await db.Set<RequestDeadline>().AsNoTracking().Where(d => d.RequestId == request.Id).ToListAsync(ct);
        var events = await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == request.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var comments = await db.Set<RequestComment>().AsNoTracking()
            .Where(c => c.RequestId == request.Id && (staff || !c.IsInternal)).OrderBy(c => c.At).ToListAsync(ct);
        var files = await db.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == request.Id).OrderBy(a => a.At).ToListAsync(ct);
        var row = (await rows.ToRowsAsync([request], ct))[0];
        return new RequestView(RequestDto.From(request, deadlines), row.Address, row.Category, row.Organisation,
            events.Select(e => HistoryEntryDto.Of(e, staff, user.UserId)).ToList(),
            comments.Select(c => new CommentDto(c.Id, c.AuthorName, c.Text, c.IsInternal, c.At)).ToList(),
            files.Select(AttachmentSaver.ToDto).ToList());
    }

    /// <summary>The requests a resident filed, newest first.</summary>
    public async Task<IReadOnlyList<RequestRow>> MineAsync(ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.UserId;
        var list = await db.Set<ServiceRequest>().AsNoTracking().Where(r => userId != null && r.RequesterUserId == userId)
            .OrderByDescending(r => r.RegisteredAt).Take(PageSize).ToListAsync(ct);
        return await rows.ToRowsAsync(list, ct);
    }

    /// <summary>The number of the latest request a person filed in this city, if any: where they return after confirming their e-mail.</summary>
    public Task<string?> LatestNumberAsync(Guid userId, CancellationToken ct) =>
        db.Set<ServiceRequest>().AsNoTracking().Where(r => r.RequesterUserId == userId)
            .OrderByDescending(r => r.RegisteredAt).Select(r => r.Number).FirstOrDefaultAsync(ct);

    /// <summary>
    /// One history for the operator: the caller's requests (by phone, any formatting) and the other requests at the
    /// chosen building, newest first, each marked by why it is listed.
    /// </summary>
    public async Task<IReadOnlyList<CallerHistoryRow>> CallerHistoryAsync(string? phone, Guid? buildingId, CancellationToken ct)
    {
        var digits = phone is null ? null : SubmitRequestValidator.Digits(phone);
        IReadOnlyList<string> forms = digits is { Length: >= 5 and <= 15 } ? E164.WithTrunkForm(digits) : [];
        if (forms.Count == 0 && buildingId is null)
        {
            return [];
        }

        var list = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => forms.Contains(r.RequesterPhoneDigits!) || r.BuildingId == buildingId)
            .OrderByDescending(r => r.RegisteredAt).Take(HistoryLimit).ToListAsync(ct);
        var fromCaller = list.Where(r => r.RequesterPhoneDigits is { } d && forms.Contains(d)).Select(r => r.Id).ToHashSet();
        return (await rows.ToRowsAsync(list, ct)).Select(row => new CallerHistoryRow(row, fromCaller.Contains(row.Id))).ToList();
    }

    /// <summary>The name and building of the caller's latest request, so the operator need not ask again; null for a new caller.</summary>
    public async Task<KnownCaller?> KnownCallerAsync(string? phone, CancellationToken ct)
    {
        if (E164.Digits(phone) is not { Length: >= 10 and <= 15 } digits)
        {
            return null;
        }

        var forms = E164.WithTrunkForm(digits);
        return await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => forms.Contains(r.RequesterPhoneDigits!))
            .OrderByDescending(r => r.RegisteredAt)
            .Select(r => new KnownCaller(r.RequesterName, r.BuildingId))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The status of a request by its number, without personal data; null when there is none.</summary>
    public async Task<PublicStatus?> PublicStatusAsync(string? number, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > 32)
        {
            return null;
        }

        // Numbers are stored upper-case; a resident may type them in any case.
        var request = await PublicStatusQuery.RunAsync(db, number.Trim().ToUpperInvariant(), ct);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return request is null
            ? null
            : new PublicStatus(request.Id, new PublicStatusDto(request.Number, request.Status.ToString(),
                Contracts.StatusNames.In(request.Status, culture), request.Priority.ToString(), request.RegisteredAt, request.ResolvedAt, request.ClosedAt));
    }
}
