using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Status;

/// <summary>The friendly page for a host or prefix that names no city; the middleware has set the 404.</summary>
[AllowAnonymous]
public sealed class UnknownCityModel(IOptions<TenancyOptions> options) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public string CentralUrl { get; private set; } = "/";

    public void OnGet(string? city)
    {
        Name = city ?? string.Empty;
        var port = Request.Host.Port is { } p ? $":{p}" : string.Empty;
        CentralUrl = $"{Request.Scheme}://{options.Value.BaseDomain}{port}/";
    }
}
