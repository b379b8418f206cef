using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Lookup;

namespace OpenKazan.Host.Pages.Executor;

/// <summary>The open requests of the executor's organisation, oldest first; late ones stand out.</summary>
[Authorize(Policy = Policies.OrganisationStaff)]
public sealed class InboxModel(RequestQueries queries, ICurrentUser user) : PageModel
{
    public IReadOnlyList<RequestRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await queries.InboxAsync(user, ct);
}
