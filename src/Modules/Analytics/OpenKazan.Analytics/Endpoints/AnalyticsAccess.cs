using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Analytics.Endpoints;

/// <summary>
/// Who sees what: the committee, the city's administrators and the platform admin see the whole city; an
/// organisation's staff see only their organisation's requests; everyone else nothing.
/// </summary>
internal static class AnalyticsAccess
{
    public static ReportScope? ScopeFor(ICurrentUser user, Guid city)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Committee) || user.IsInRole(Roles.TenantAdmin) || user.IsInRole(Roles.PlatformAdmin))
        {
            return ReportScope.City(city);
        }

        return user.OrganisationId is { } org && (user.IsInRole(Roles.OrganisationAdmin) || user.IsInRole(Roles.Executor))
            ? ReportScope.City(city, org)
            : null;
    }

    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

/// <summary>The module's problem+json answers.</summary>
internal static class AnalyticsProblems
{
    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The report is not valid",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]>(errors) });

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
            detail: "Analytics are for the committee, the city's administrators and organisations (their own requests).");

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Report not found",
            detail: "No such saved report in this city, or it is not shared with you.");

    /// <summary>Why a report was not run: 403 for a reader without analytics, 400 with the errors by field otherwise.</summary>
    public static ProblemHttpResult Refused(ReportOutcome outcome) => outcome.Allowed ? Invalid(outcome.Errors) : Forbidden();
}

/// <summary>A report's file as the API's download.</summary>
internal static class ReportFileResults
{
    public static FileStreamHttpResult ToResult(this ReportFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
