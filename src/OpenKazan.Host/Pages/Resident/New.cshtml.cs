using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>A resident files a request: find the building, pick the category, describe, add photos; the number is shown next.</summary>
[Authorize(Policy = Policies.CityUser)]
public sealed class NewModel(
    TenantScopedDbContext db, ICurrentUser user, IRequestIntake submit, IRequestAttachments attachments, IStringLocalizer<ResidentResource> text,
    ILogger<NewModel> logger)
    : PageModel
{
    private const int Suggestions = 10;

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public Guid? BuildingId { get; set; }

    /// <summary>
    /// Where the resident put the pin on the map (the building is the nearest to it), written by the map's script;
    /// text, so a point is read the same whatever the page's language. A pin outside the city's boundary is refused.
    /// </summary>
    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    [BindProperty]
    public Guid? CategoryId { get; set; }

    [BindProperty]
    public string? Flat { get; set; }

    [BindProperty]
    public string? Entrance { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public List<IFormFile> Photos { get; set; } = [];

    public IReadOnlyList<BuildingDto> Buildings { get; private set; } = [];

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public bool Searched { get; private set; }

    /// <summary>Whether the chosen category needs a photo from a resident; the page's script keeps the mark in step.</summary>
    public bool PhotoRequired => Categories.Any(c => c.Id == CategoryId && SubmissionPhotos.RequiredFor(c.PhotoRequired, c.IsEmergency, RequestChannel.Web));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Searched = true;
        var found = await db.SearchBuildingsAsync(Address, Suggestions, ct);
        if (found is null)
        {
            ModelState.AddModelError(nameof(Address), text["ErrorAddressShort"]);
        }

        await LoadAsync(ct, found);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new SubmitRequestBody(null, new RequesterBody(null, null, Phone, null, null, null), BuildingId, Degrees(Latitude), Degrees(Longitude),
            Flat, Entrance, CategoryId, Description);
        var (valid, errors) = submit.Validate(body, user);
        var photos = await CheckPhotosAsync(ct);
        if (valid is not null && photos is not null)
        {
            try
            {
                var (result, field, _) = await submit.HandleAsync(valid, user, photos, ct);
                if (result is not null)
                {
                    return RedirectToPage("Request", new { number = result.Request.Number, created = true });
                }

                errors[field!] = [string.Empty];
            }
            catch (Exception e) when (FailedFiling.IsFailedSave(e))
            {
                FailedFiling.LogNotSaved(logger, e, "resident");
                ModelState.AddModelError(string.Empty, text[FailedFiling.MessageKey]);
            }
        }

        foreach (var key in errors.Keys)
        {
            ModelState.AddModelError(FieldOf(key), SubmitErrors.Text(text, key));
        }

        if (errors.ContainsKey("latitude"))
        {
            // The building was the nearest to a pin outside the city: both are chosen again.
            (BuildingId, Latitude, Longitude) = (null, null, null);
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Every photo is checked before anything is filed, so a request is never filed without the photos it was sent with.</summary>
    private async Task<SubmissionPhotos?> CheckPhotosAsync(CancellationToken ct)
    {
        var chosen = Photos.Where(p => p.Length > 0).ToList();
        if (chosen.Count > attachments.MaxFiles)
        {
            ModelState.AddModelError(nameof(Photos), text["PhotosTooMany", attachments.MaxFiles]);
            return null;
        }

        var (files, refused) = await attachments.CheckAllAsync(chosen, ct);
        foreach (var (name, failure) in refused)
        {
            ModelState.AddModelError(nameof(Photos), failure == AttachmentFailure.TooLarge ? text["PhotoTooLarge", name] : text["PhotoNotImage", name]);
        }

        return refused.Count == 0 ? new SubmissionPhotos(files) : null;
    }

    private async Task LoadAsync(CancellationToken ct, IReadOnlyList<BuildingDto>? found = null)
    {
        Categories = await db.CategoriesAsync(ct);
        var chosen = BuildingId is { } id ? await db.BuildingAsync(id, ct) : null;
        var list = (found ?? []).ToList();
        if (chosen is not null && list.All(b => b.Id != chosen.Id))
        {
            list.Insert(0, chosen);
        }

        Buildings = list;
    }

    private static double? Degrees(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var degrees) ? degrees : null;

    private static string FieldOf(string key) => key switch
    {
        "buildingId" or "latitude" => nameof(BuildingId),
        "categoryId" => nameof(CategoryId),
        "description" => nameof(Description),
        "flat" => nameof(Flat),
        "entrance" => nameof(Entrance),
        "requester.phone" => nameof(Phone),
        "photos" => nameof(Photos),
        _ => string.Empty,
    };
}
