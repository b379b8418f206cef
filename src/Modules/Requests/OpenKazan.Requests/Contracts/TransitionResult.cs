using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Contracts;

public enum TransitionError
{
    None,

    /// <summary>The action does not exist from this status (answered 409).</summary>
    NotAllowedInStatus,

    /// <summary>This actor may not take this action (answered 403).</summary>
    NotPermitted,

    /// <summary>Input is missing or wrong: report, photos, organisation (answered 400).</summary>
    InvalidInput,

    /// <summary>The action must say why and no reason was given (answered 400).</summary>
    ReasonRequired,

    /// <summary>Too late: e.g. reopening after the window (answered 409).</summary>
    Expired,

    /// <summary>Too early: e.g. closing for the resident before the auto-close period has passed (answered 409).</summary>
    TooEarly,
}

public sealed record TransitionResult(RequestStatus? To, TransitionError Error, string? Detail)
{
    public bool Allowed => Error == TransitionError.None;

    public static TransitionResult Ok(RequestStatus to) => new(to, TransitionError.None, null);

    public static TransitionResult Fail(TransitionError error, string detail) => new(null, error, detail);
}
