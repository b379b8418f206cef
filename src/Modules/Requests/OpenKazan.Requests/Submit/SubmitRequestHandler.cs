using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Attachments;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Dispatch;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Submit;

/// <summary>
/// Files a request: the number is taken first (<see cref="RequestNumberAllocator"/>) and its photos are stored, then the
/// request, its photos' records, history, stage deadlines, routing decision and the resident's notifications are saved in
/// one transaction, together or not at all (photos stored for a transaction that failed are removed again).
/// </summary>
public sealed partial class SubmitRequestHandler(
    TenantScopedDbContext db, ICurrentTenant tenant, RequestNumberAllocator numbers, BuildingLocator buildings,
    DuplicateFinder duplicates, RequestDeadlines deadlines, RequestDispatcher dispatcher, RequestJournal journal,
    NotificationWriter notifications, AttachmentSaver attachments, TimeProvider time, ILogger<SubmitRequestHandler> logger)
    : IRequestIntake
{
    public (ValidSubmission? Valid, Dictionary<string, string[]> Errors) Validate(SubmitRequestBody? body, ICurrentUser user) =>
        SubmitRequestValidator.Validate(body, user);

    public Task<IReadOnlyList<PossibleDuplicate>> PossibleDuplicatesAsync(Guid buildingId, Guid categoryId, CancellationToken ct) =>
        duplicates.FindAsync(buildingId, categoryId, ct);

    public async Task<(SubmitResult? Result, string? Field, string? Error)> HandleAsync(
        ValidSubmission input, ICurrentUser user, SubmissionPhotos photos, CancellationToken ct, Func<Guid, object>? companion = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(photos);
        var category = await db.CategoryRecordAsync(input.CategoryId, ct);
        if (category is null)
        {
            return (null, "categoryId", "No such category in this city.");
        }

        if (PhotoProblem(input, category, photos) is { } photoProblem)
        {
            return (null, "photos", photoProblem);
        }

        var (building, outside) = await buildings.FindAsync(input.BuildingId, input.Point, ct);
        if (outside is not null)
        {
            return (null, "latitude", BuildingLocator.OutsideText(input.Point, outside));
        }

        if (building is null)
        {
            return (null, "buildingId", input.BuildingId is { } named && named != Guid.Empty ? "No such building in this city." : "No building of this city near these coordinates.");
        }

        var similar = await duplicates.FindAsync(building.Id, category.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var number = await numbers.NextAsync(numbers.YearOf(now), ct);
        var requestId = Guid.CreateVersion7();
        var files = photos.Files.Select(f => (Record: AttachmentSaver.NewAttachment(requestId, f, false, user.UserId, now), File: f)).ToList();
        foreach (var (record, file) in files)
        {
            await attachments.StoreAsync(record, file, ct);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var (request, stages) = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                var created = NewRequest(input, requestId, building.Id, category, number, now);
                db.Add(created);
                var actor = new Actor(user.UserId, user.Name, user.IsInRole(Roles.Operator) ? ActorRole.Operator : ActorRole.Resident);
                journal.Record(created, RequestEventKinds.Submitted, actor, null, RequestStatus.New, null, created.Channel);
                AddPhotos(created, files.Select(f => f.Record), actor);
                var planned = await deadlines.CreateAsync(created, category, ct);
                created.PlaceInQueue(planned);
                notifications.ToResident(created, NotificationTemplates.Submitted);
                await dispatcher.DispatchAsync(created, building, category, ct);
                if (companion is not null)
                {
                    db.Add(companion(created.Id));
                }

                // One SaveChanges is one transaction: everything above is written together or not at all.
                await db.SaveChangesAsync(ct);
                return (created, planned);
            });
            LogSubmitted(logger, request.Number, category.Code, request.Channel.ToString());
            return (new SubmitResult(RequestDto.From(request, stages), similar), null, null);
        }
        catch
        {
            await attachments.ForgetAsync(files.Select(f => f.Record));
            throw;
        }
    }

    private string? PhotoProblem(ValidSubmission input, CategoryRecord category, SubmissionPhotos photos)
    {
        if (photos.Files.Count > attachments.MaxFiles)
        {
            return $"A request holds at most {attachments.MaxFiles} files.";
        }

        return SubmissionPhotos.RequiredFor(category.PhotoRequired, category.IsEmergency, input.Channel) && !photos.Any
            ? "This category needs a photo of the problem."
            : null;
    }

    private void AddPhotos(ServiceRequest request, IEnumerable<RequestAttachment> records, Actor actor)
    {
        foreach (var record in records)
        {
            db.Add(record);
            journal.Record(request, RequestEventKinds.AttachmentAdded, actor, reason: record.FileName);
        }
    }

    private ServiceRequest NewRequest(ValidSubmission input, Guid id, Guid buildingId, CategoryRecord category, string number, DateTime now) => new()
    {
        Id = id,
        Number = number,
        Channel = input.Channel,
        Status = RequestStatus.New,
        Priority = category.IsEmergency ? RequestPriority.Emergency : RequestPriority.Normal,
        RequesterKind = input.RequesterKind,
        RequesterName = input.RequesterName,
        RequesterPhone = input.Phone,
        RequesterPhoneDigits = input.Phone is null ? null : SubmitRequestValidator.Digits(input.Phone),
        RequesterEmail = input.Email,
        ConsentToContact = input.Consent,
        RequesterUserId = input.RequesterUserId,
        Culture = Culture(),
        BuildingId = buildingId,
        Flat = input.Flat,
        Entrance = input.Entrance,
        CategoryId = category.Id,
        Description = input.Description,
        RegisteredAt = now,
    };

    /// <summary>The language the resident used, if the city speaks it; otherwise the city's default.</summary>
    private string Culture()
    {
        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var city = tenant.Tenant;
        return city is not null && city.Languages.Contains(current) ? current : city?.DefaultCulture ?? "ru";
    }

    // Numbers and codes only: who filed the request and what they wrote never reach the logs.
    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestNumber} filed in {CategoryCode} via {Channel}")]
    private static partial void LogSubmitted(ILogger logger, string requestNumber, string categoryCode, string channel);
}
