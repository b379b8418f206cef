using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Transparency;

/// <summary>Describes the city's open data: the stable URLs, the formats and the schema of each field.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Page)]
public sealed class OpenDataModel(CurrentTenantAccessor currentCity) : PageModel
{
    public static IReadOnlyList<string> RequestFields { get; } =
    [
        "number", "status", "priority", "channel", "category_code", "category_name", "district_code", "district_name",
        "building_code", "building_address", "latitude", "longitude", "organisation_code", "registered_at", "resolved_at",
        "closed_at", "reopen_count", "feedback_score", "feedback_comment",
    ];

    public static IReadOnlyList<string> RatingFields { get; } =
    [
        "period", "district_code", "rank", "organisation_code", "organisation_name", "score", "margin", "lower", "upper",
        "resolved", "on_time", "reopened", "feedback_count", "feedback_average", "vote_count", "vote_average",
    ];

    /// <summary>The values a coded field takes in the files; the page explains each in the reader's language.</summary>
    public static IReadOnlyDictionary<string, string[]> Codes { get; } = new Dictionary<string, string[]>
    {
        ["status"] = Enum.GetNames<OpenKazan.Requests.Contracts.RequestStatus>(),
        ["priority"] = Enum.GetNames<OpenKazan.Requests.Contracts.RequestPriority>(),
        ["channel"] = Enum.GetNames<OpenKazan.Requests.Contracts.RequestChannel>(),
    };

    public IActionResult OnGet() => currentCity.Info is null ? NotFound() : Page();
}
