using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Phones;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Submit;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Lookup;

/// <summary>Reading requests: one, a list of what the caller may see, an operator's caller history.</summary>
internal static class LookupEndpoints
{
    public static RouteGroupBuilder MapLookupEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/", ListAsync).WithName("ListRequests").WithSummary("Requests you may see, newest first").RequireAuthorization(Policies.CityUser);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetRequest").RequireAuthorization(Policies.CityUser);
        group.MapGet("/callers", CallerHistoryAsync).WithName("CallerHistory")
            .WithSummary("A caller's earlier requests, by phone or by building").RequireAuthorization(Policies.Operator);
        group.MapGet("/status/{number}", PublicStatusAsync).WithName("PublicRequestStatus")
            .WithSummary("The status of a request by its number, without personal data").AllowAnonymous();
        return group;
    }

    private static async Task<Results<Ok<List<RequestSummaryDto>>, ProblemHttpResult>> ListAsync(
        TenantScopedDbContext db, [FromServices] ICurrentUser user, string? status, int? skip, int? take, CancellationToken ct)
    {
        var query = db.Set<ServiceRequest>().AsNoTracking().VisibleTo(user);
        if (status is not null)
        {
            if (!Enum.TryParse<RequestStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
            {
                return Problems.Invalid("status", "Not a request status.");
            }

            query = query.Where(r => r.Status == s);
        }

        if (skip is < 0 || take is < 1 or > 200)
        {
            return Problems.Invalid("take", "skip ≥ 0 and 1 ≤ take ≤ 200.");
        }

        var rows = await query.OrderByDescending(r => r.RegisteredAt).Skip(skip ?? 0).Take(take ?? 50).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(RequestSummaryDto.From).ToList());
    }

    private static async Task<Results<Ok<RequestDto>, ProblemHttpResult>> GetAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        var request = await db.Set<ServiceRequest>().AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Problems.NotFound("Request");
        }

        var deadlines = await db.Set<RequestDeadline>().AsNoTracking().Where(d => d.RequestId == id).ToListAsync(ct);
        return TypedResults.Ok(RequestDto.From(request, deadlines));
    }

    private static async Task<Results<Ok<List<RequestSummaryDto>>, ProblemHttpResult>> CallerHistoryAsync(
        TenantScopedDbContext db, string? phone, Guid? buildingId, CancellationToken ct)
    {
        var digits = phone is null ? null : SubmitRequestValidator.Digits(phone);
        if (digits is not { Length: >= 5 and <= 15 } && buildingId is null)
        {
            return Problems.Invalid("phone", "Give a phone number (5 to 15 digits) or a building.");
        }

        var query = db.Set<ServiceRequest>().AsNoTracking();
        var forms = digits is { Length: >= 5 } ? E164.WithTrunkForm(digits) : [];
        query = forms.Count > 0 ? query.Where(r => forms.Contains(r.RequesterPhoneDigits!)) : query.Where(r => r.BuildingId == buildingId);
        var rows = await query.OrderByDescending(r => r.RegisteredAt).Take(100).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(RequestSummaryDto.From).ToList());
    }

    private static async Task<Results<Ok<PublicStatusDto>, ProblemHttpResult>> PublicStatusAsync(
        string number, TenantScopedDbContext db, CancellationToken ct)
    {
        if (number.Length > 32)
        {
            return Problems.NotFound("Request");
        }

        // Numbers are stored upper-case; a resident may type them in any case.
        var normalised = number.Trim().ToUpperInvariant();
        var request = await db.Set<ServiceRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Number == normalised, ct);
        if (request is null)
        {
            return Problems.NotFound("Request");
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return TypedResults.Ok(new PublicStatusDto(request.Number, request.Status.ToString(), StatusNames.In(request.Status, culture),
            request.Priority.ToString(), request.RegisteredAt, request.ResolvedAt, request.ClosedAt));
    }
}
