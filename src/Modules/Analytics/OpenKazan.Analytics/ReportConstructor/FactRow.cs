using OpenKazan.Analytics.Facts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>
/// The columns of a fact the in-memory engine reads; projected straight from <see cref="RequestFact"/>, or from a vote
/// (its organisation, district and date, and <see cref="VoteScore"/>).
/// </summary>
public sealed record FactRow(
    Guid TenantId,
    DateOnly RegisteredOn,
    Guid DistrictId,
    Guid? OrganisationId,
    string? OrganisationType,
    Guid CategoryId,
    string CategoryGroup,
    string Channel,
    string RequesterKind,
    string Status,
    string Priority,
    bool Resolved,
    int ReopenCount,
    int? AcceptMinutes,
    int? LocaliseMinutes,
    int? ResolveMinutes,
    bool? AcceptOnTime,
    bool? LocaliseOnTime,
    bool? ResolveOnTime,
    int? FeedbackScore,
    int? VoteScore = null)
{
    public static Func<FactRow, bool?> OnTimeOf(string stage) => stage switch
    {
        "accept" => r => r.AcceptOnTime,
        "localise" => r => r.LocaliseOnTime,
        _ => r => r.ResolveOnTime,
    };

    public static Func<FactRow, int?> MinutesOf(string stage) => stage switch
    {
        "accept" => r => r.AcceptMinutes,
        "localise" => r => r.LocaliseMinutes,
        _ => r => r.ResolveMinutes,
    };

    public static FactRow From(RequestFact f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.TenantId, f.RegisteredOn, f.DistrictId, f.OrganisationId, f.OrganisationType, f.CategoryId, f.CategoryGroup,
            f.Channel, f.RequesterKind, f.Status, f.Priority, f.Resolved, f.ReopenCount, f.AcceptMinutes, f.LocaliseMinutes,
            f.ResolveMinutes, f.AcceptOnTime, f.LocaliseOnTime, f.ResolveOnTime, f.FeedbackScore);
    }
}
