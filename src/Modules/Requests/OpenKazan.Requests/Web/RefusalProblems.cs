using Microsoft.AspNetCore.Http.HttpResults;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Web;

/// <summary>The one mapping of a workflow refusal to problem+json.</summary>
internal static class RefusalProblems
{
    public static ProblemHttpResult ToProblem(this TransitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error switch
        {
            TransitionError.NotPermitted => Problems.Forbidden(result.Detail!),
            TransitionError.InvalidInput => Problems.Invalid("body", result.Detail!),
            TransitionError.ReasonRequired => Problems.Invalid("reason", result.Detail!),
            _ => Problems.Conflict(result.Detail!),
        };
    }
}
