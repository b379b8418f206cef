using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.Facts;

/// <summary>
/// One row per request with every dimension key and per-stage outcome the report constructor needs, so a report is
/// one scan of a narrow table instead of joins over requests, buildings, organisations and stage durations.
/// Kept up to date from the request history by <see cref="RequestFactSync"/>. Stage minutes are business minutes from
/// registration until the stage was met (as <c>StageDuration</c> records them); null while a stage is open.
/// </summary>
public sealed class RequestFact : ITenantOwned
{
    public Guid RequestId { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The registration date in the city's own time zone: the period dimensions group by it.</summary>
    public DateOnly RegisteredOn { get; set; }

    public Guid DistrictId { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? OrganisationType { get; set; }

    public Guid CategoryId { get; set; }

    public required string CategoryGroup { get; set; }

    public required string Channel { get; set; }

    public required string RequesterKind { get; set; }

    public required string Status { get; set; }

    public required string Priority { get; set; }

    public bool Resolved { get; set; }

    public int ReopenCount { get; set; }

    public int? AcceptMinutes { get; set; }

    public int? LocaliseMinutes { get; set; }

    public int? ResolveMinutes { get; set; }

    public bool? AcceptOnTime { get; set; }

    public bool? LocaliseOnTime { get; set; }

    public bool? ResolveOnTime { get; set; }

    /// <summary>The requester's rating of the work (1–5), null while the request is unrated.</summary>
    public int? FeedbackScore { get; set; }

    /// <summary>The fold that last wrote this row (<see cref="FactWatermark.Run"/>), so readers can take only newer rows.</summary>
    public long Run { get; set; }
}

/// <summary>
/// How far the request changes have been folded into <see cref="RequestFact"/> rows for one city: the number of the
/// last fold. Each fold commits its facts, stamped with its number, together with this row; folds of one city are
/// serialized by the number being a concurrency token, so a reader that has seen run N misses no fact of a run up to N.
/// </summary>
public sealed class FactWatermark : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public long Run { get; set; }
}
