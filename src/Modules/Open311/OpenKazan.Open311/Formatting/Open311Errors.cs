using Microsoft.AspNetCore.Http;

namespace OpenKazan.Open311.Formatting;

/// <summary>One error of GeoReport v2: the HTTP status as <c>code</c> and a sentence a developer can act on.</summary>
internal sealed record Open311Error(int Code, string Description);

/// <summary>The spec's error answers: a list of errors in the requested format, with the HTTP status of the first.</summary>
internal static class Open311Errors
{
    public static Open311Result BadRequest(Open311Format format, string description) =>
        Of(format, StatusCodes.Status400BadRequest, description);

    public static Open311Result Forbidden(Open311Format format, string description) =>
        Of(format, StatusCodes.Status403Forbidden, description);

    public static Open311Result NotFound(Open311Format format, string description) =>
        Of(format, StatusCodes.Status404NotFound, description);

    public static Open311Result Conflict(Open311Format format, string description) =>
        Of(format, StatusCodes.Status409Conflict, description);

    public static Open311Result TooManyRequests(Open311Format format, string description) =>
        Of(format, StatusCodes.Status429TooManyRequests, description);

    private static Open311Result Of(Open311Format format, int status, string description) =>
        new(format, "errors", new[] { new Open311Error(status, description) }, status);
}
