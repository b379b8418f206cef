using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Lookups;
using OpenKazan.Requests.Attachments;
using OpenKazan.Requests.Submit;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>A resident files a request: find the building, pick the category, describe, add photos; the number is shown next.</summary>
[Authorize(Policy = Policies.CityUser)]
public sealed class NewModel(
    TenantScopedDbContext db, ICurrentUser user, SubmitRequestHandler submit, AttachmentSaver attachments, IStringLocalizer<ResidentResource> text)
    : PageModel
{
    private const int Suggestions = 10;

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public Guid? BuildingId { get; set; }

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
        var body = new SubmitRequestBody(null, new RequesterBody(null, null, Phone, null, null, null), BuildingId, null, null,
            Flat, Entrance, CategoryId, Description);
        var (valid, errors) = SubmitRequestValidator.Validate(body, user);
        if (valid is not null)
        {
            var (result, field, _) = await submit.HandleAsync(valid, user, ct);
            if (result is not null)
            {
                TempData["PhotosRejected"] = await SavePhotosAsync(result.Request.Id, ct);
                return RedirectToPage("Request", new { number = result.Request.Number, created = true });
            }

            errors[field!] = [string.Empty];
        }

        foreach (var key in errors.Keys)
        {
            ModelState.AddModelError(FieldOf(key), SubmitErrors.Text(text, key));
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task<int> SavePhotosAsync(Guid requestId, CancellationToken ct)
    {
        var rejected = 0;
        foreach (var photo in Photos.Where(p => p.Length > 0))
        {
            await using var stream = photo.OpenReadStream();
            var (_, failure) = await attachments.SaveAsync(requestId, stream, photo.FileName, isReport: false, user, ct);
            rejected += failure == AttachmentFailure.None ? 0 : 1;
        }

        return rejected;
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

    private static string FieldOf(string key) => key switch
    {
        "buildingId" => nameof(BuildingId),
        "categoryId" => nameof(CategoryId),
        "description" => nameof(Description),
        "flat" => nameof(Flat),
        "entrance" => nameof(Entrance),
        "requester.phone" => nameof(Phone),
        _ => string.Empty,
    };
}
