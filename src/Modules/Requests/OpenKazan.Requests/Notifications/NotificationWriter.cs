using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Notifications;

/// <summary>
/// Adds outbox rows to the caller's unit of work; they are saved, or not, together with the change itself.
/// The resident hears of every status change by e-mail (if given) and in the product (if signed in).
/// </summary>
public sealed class NotificationWriter(TenantScopedDbContext db, ICurrentTenant tenant, NotificationTemplates templates, ICityLinks links, TimeProvider time)
{
    public void ToResident(ServiceRequest request, string template, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = request.RequesterUserId is null ? $"/status?number={Uri.EscapeDataString(request.Number)}" : $"/my/requests/{request.Number}";
        var (subject, body) = Render(request, request.Culture, template, reason, page);
        if (!string.IsNullOrWhiteSpace(request.RequesterEmail))
        {
            Add(request, NotificationChannel.Email, template, subject, body, email: request.RequesterEmail);
        }

        if (request.RequesterUserId is { } userId)
        {
            Add(request, NotificationChannel.InApp, template, subject, body, userId: userId);
        }
    }

    public void ToAddress(ServiceRequest request, string email, string template, string? reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        var culture = tenant.Tenant?.DefaultCulture ?? "ru";
        var (subject, body) = Render(request, culture, template, reason, $"/work/requests/{request.Number}");
        Add(request, NotificationChannel.Email, template, subject, body, email: email);
    }

    private (string Subject, string Body) Render(ServiceRequest request, string culture, string template, string? reason, string page) =>
        templates.Render(tenant.Tenant?.Slug ?? string.Empty, culture, template, new Dictionary<string, string>
        {
            ["number"] = request.Number,
            ["status"] = StatusNames.In(request.Status, culture),
            ["reason"] = reason ?? string.Empty,
            ["deadline"] = CurrentDeadline(request),
            ["link"] = links.To(page).AbsoluteUri,
        });

    /// <summary>The open stage's deadline in the city's clock, or nothing once no stage is running (resolved, closed).</summary>
    private string CurrentDeadline(ServiceRequest request) =>
        request.InQueue && request.QueueDueAt != QueuePlace.NothingDue && tenant.Tenant is { } city
            ? CityZones.LocalText(city.TimeZone, request.QueueDueAt)
            : string.Empty;

    private void Add(ServiceRequest request, NotificationChannel channel, string template, string subject, string body, string? email = null, Guid? userId = null) =>
        db.Add(new OutboxMessage
        {
            Channel = channel,
            RequestId = request.Id,
            RecipientEmail = email,
            RecipientUserId = userId,
            Template = template,
            Subject = subject,
            Body = body,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
}
