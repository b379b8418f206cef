using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Security;

/// <summary>
/// The last guard of "one of a kind" rows (an account per e-mail, a membership per city, a role per membership):
/// when two requests create the same row at the same moment, the unique index refuses the second, and that is a
/// 409 for the caller to retry (problem+json for APIs, a short readable text otherwise), never a 500.
/// </summary>
public sealed class UniqueConflictHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not DbUpdateException { InnerException: { } cause } || !IsUniqueViolation(cause))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        if (ApiCalls.Is(httpContext.Request))
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Done at the same moment by another request",
                Detail = "The same thing was just created by another request; read it again or retry.",
            };
            await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
            return true;
        }

        httpContext.Response.ContentType = "text/plain; charset=utf-8";
        await httpContext.Response.WriteAsync(
            "Это уже сделано другим запросом; обновите страницу. / This was just done by another request; reload the page.", cancellationToken);
        return true;
    }

    private static bool IsUniqueViolation(Exception cause) => cause switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
