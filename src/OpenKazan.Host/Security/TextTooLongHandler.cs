using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Security;

/// <summary>
/// A text that passed its endpoint's checks but is longer than its column is the caller's input, not a fault of
/// ours: 400 problem+json for APIs, a short readable page text otherwise, never a 500.
/// </summary>
public sealed class TextTooLongHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not TextTooLongException tooLong)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (ApiCalls.Is(httpContext.Request))
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Text too long",
                Detail = $"The field '{tooLong.Field}' may hold at most {tooLong.MaxLength} characters.",
            };
            problem.Extensions["field"] = tooLong.Field;
            await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
            return true;
        }

        httpContext.Response.ContentType = "text/plain; charset=utf-8";
        await httpContext.Response.WriteAsync(
            $"Слишком длинный текст: не больше {tooLong.MaxLength} знаков. / The text is too long: at most {tooLong.MaxLength} characters.",
            cancellationToken);
        return true;
    }
}
