using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>Follows a background import: the page reloads itself every second until the job has finished.</summary>
[Authorize(Policy = Policies.CentralTeam)]
public sealed class ImportProgressModel(ICityImportJobs jobs) : CentralPage
{
    public ImportJobView Job { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (job.State == ImportJobState.Running)
        {
            // The Refresh header reloads the page without any script.
            Response.Headers["Refresh"] = "1";
        }

        return Page();
    }
}
