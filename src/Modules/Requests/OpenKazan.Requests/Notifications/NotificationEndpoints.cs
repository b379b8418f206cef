using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;

namespace OpenKazan.Requests.Notifications;

internal sealed record NotificationDto(Guid Id, Guid? RequestId, string Title, string Body, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>The signed-in person's in-app notifications.</summary>
internal static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/api/notifications", "Notifications");
        group.MapGet("/", ListAsync).WithName("MyNotifications").RequireAuthorization(Policies.CityUser);
        group.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkNotificationRead").RequireAuthorization(Policies.CityUser);
        return endpoints;
    }

    private static async Task<Ok<List<NotificationDto>>> ListAsync(
        TenantScopedDbContext db, [FromServices] ICurrentUser user, bool? unread, CancellationToken ct)
    {
        var userId = user.UserId ?? Guid.Empty;
        var rows = await db.Set<InAppNotification>().AsNoTracking()
            .Where(n => n.UserId == userId && (unread != true || n.ReadAt == null))
            .OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(n => new NotificationDto(n.Id, n.RequestId, n.Title, n.Body, n.CreatedAt, n.ReadAt)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var userId = user.UserId ?? Guid.Empty;
        var notification = await db.Set<InAppNotification>().SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return Problems.NotFound("Notification");
        }

        notification.ReadAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
