using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Requests.Contracts;

/// <summary>An open request that may describe the same problem; no personal data, so anyone filing may see it.</summary>
public sealed record PossibleDuplicate(Guid Id, string Number, string Status, DateTime RegisteredAt);

/// <summary>What filing a request answers: the request as filed and the open requests it may duplicate.</summary>
public sealed record SubmitResult(RequestDto Request, IReadOnlyList<PossibleDuplicate> PossibleDuplicates);

/// <summary>
/// Files a new request, the one path for every channel (the resident form, the call centre, the API and Open311): the
/// submission is checked field by field, then the request is filed with its photos, history, deadlines, routing and
/// notifications in one transaction.
/// </summary>
public interface IRequestIntake
{
    (ValidSubmission? Valid, Dictionary<string, string[]> Errors) Validate(SubmitRequestBody? body, ICurrentUser user);

    /// <summary>The open requests filed recently at the building in the category: what the operator confirms before filing another.</summary>
    Task<IReadOnlyList<PossibleDuplicate>> PossibleDuplicatesAsync(Guid buildingId, Guid categoryId, CancellationToken ct);

    /// <summary>Files the request, or says which field stopped it; a save that fails throws and files nothing.</summary>
    /// <param name="companion">
    /// A record the calling channel keeps about the new request, given its id (Open311's submission), written in the
    /// same transaction so the request never exists without it.
    /// </param>
    Task<(SubmitResult? Result, string? Field, string? Error)> HandleAsync(
        ValidSubmission input, ICurrentUser user, SubmissionPhotos photos, CancellationToken ct, Func<Guid, object>? companion = null);
}
