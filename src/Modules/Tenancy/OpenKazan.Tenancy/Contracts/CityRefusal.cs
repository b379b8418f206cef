using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// How a request the city will not serve is answered, whatever the reason (no such city, a city not open yet, one
/// under maintenance): machines get problem+json, people get a page the host renders in place of the one asked for.
/// </summary>
public static class CityRefusal
{
    public static async Task AnswerAsync(HttpContext context, RequestDelegate next, ProblemDetails problem, PathString page, QueryString query)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(problem);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (ApiCalls.Is(context.Request))
        {
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
            return;
        }

        context.Request.Method = HttpMethods.Get;
        context.Request.Path = page;
        context.Request.QueryString = query;
        await next(context);
    }
}
