using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Queue;

/// <summary>The work queue over the API: the same query the dispatcher's, executor's and organisation admin's pages read.</summary>
public static class WorkQueueEndpoints
{
    public static RouteGroupBuilder MapWorkQueueEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/queue", ReadAsync).WithName("WorkQueue")
            .WithSummary("Open requests you may work on, most urgent first, with the total and counts per filter; `after` pages on")
            .RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<WorkQueuePage>, ProblemHttpResult>> ReadAsync(
        WorkQueueReader queue, [FromServices] ICurrentUser user, Guid? district, Guid? organisation, Guid? category,
        string? channel, string? status, string? deadline, bool? unassigned, string? after, int? size, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedChannel = Parse<RequestChannel>(channel, "channel", errors);
        var parsedStatus = Parse<RequestStatus>(status, "status", errors);
        var parsedDeadline = Parse<DeadlineFilter>(deadline, "deadline", errors);
        if (parsedStatus is { } s && !RequestStatuses.Open.Contains(s))
        {
            errors["status"] = ["The queue holds open requests only: " + string.Join(", ", RequestStatuses.Open) + "."];
        }

        QueueCursor? cursor = null;
        if (after is not null && !QueueCursor.TryParse(after, out cursor))
        {
            errors["after"] = ["Not a cursor: pass the `next` of the previous page."];
        }

        if (size is < 1 or > WorkQueueQuery.MaxPageSize)
        {
            errors["size"] = [$"1 ≤ size ≤ {WorkQueueQuery.MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var query = new WorkQueueQuery(district, organisation, category, parsedChannel, parsedStatus, parsedDeadline ?? DeadlineFilter.Any,
            unassigned ?? false, cursor, size ?? WorkQueueQuery.DefaultPageSize);
        return TypedResults.Ok(await queue.ReadAsync(query, user, ct));
    }

    private static T? Parse<T>(string? text, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors[field] = ["One of: " + string.Join(", ", Enum.GetNames<T>()) + "."];
        return null;
    }
}
