using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Phones;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Identity.Contracts;
using OpenKazan.Host.Pages.Resident;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.CallCentre;

/// <summary>
/// The operator on the phone: find the caller by phone or address, see their history, register a request with
/// little typing; a likely duplicate is shown and must be confirmed before a second request is filed. After filing the
/// page says the number to dictate and offers the next call; a caller with a resident account finds the request in it.
/// </summary>
[Authorize(Policy = Policies.Operator)]
public sealed partial class ConsoleModel(
    TenantScopedDbContext db, IRequestLookup queries, ICallerAccounts accounts, IRequestIntake submit,
    INearestBuilding nearest, ICurrentUser user, IStringLocalizer<ResidentResource> text, ILogger<ConsoleModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Address { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BuildingId { get; set; }

    [BindProperty]
    public string? CallerName { get; set; }

    [BindProperty]
    public Guid? CategoryId { get; set; }

    [BindProperty]
    public string? Flat { get; set; }

    [BindProperty]
    public string? Entrance { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool ConfirmDuplicate { get; set; }

    /// <summary>The operator confirmed with the caller the e-mail of the account found by the phone.</summary>
    [BindProperty]
    public bool LinkAccount { get; set; }

    /// <summary>The number of the request just registered: shown until the next call starts.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Filed { get; set; }

    /// <summary>The request named by <see cref="Filed"/>, when the operator may see it (a wrong link shows nothing).</summary>
    public RequestView? FiledRequest { get; private set; }

    /// <summary>The resident account with the caller's phone, if the city has one.</summary>
    public CallerAccount? Account { get; private set; }

    public IReadOnlyList<BuildingDto> Buildings { get; private set; } = [];

    public BuildingDto? Building { get; private set; }

    /// <summary>The caller's number as E.164 when the city knows them (an earlier request or a resident account).</summary>
    public string? RecognisedPhone { get; private set; }

    /// <summary>What the resident's form says when the address finds nothing or cannot be searched.</summary>
    public string? AddressMessage { get; private set; }

    public IReadOnlyList<CallerHistoryRow> History { get; private set; } = [];

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];

    private Task<CallerAccount?>? callerAccount;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (BuildingId is { } buildingId && CategoryId is { } categoryId && !ConfirmDuplicate)
        {
            Duplicates = await submit.PossibleDuplicatesAsync(buildingId, categoryId, ct);
            if (Duplicates.Count > 0)
            {
                await LoadAsync(ct);
                return Page();
            }
        }

        // The account is looked up again rather than taken from the form: only the phone's own account can be linked.
        var account = LinkAccount ? await CallerAccountAsync(ct) : null;
        var body = new SubmitRequestBody(null, new RequesterBody(null, CallerName, Phone, null, true, account?.UserId), BuildingId, null, null,
            Flat, Entrance, CategoryId, Description);
        var (valid, errors) = submit.Validate(body, user);
        if (valid is not null)
        {
            try
            {
                var (result, field, _) = await submit.HandleAsync(valid, user, SubmissionPhotos.None, ct);
                if (result is not null)
                {
                    return Redirect(Url.Content($"~/callcentre?Filed={Uri.EscapeDataString(result.Request.Number)}"));
                }

                errors[field!] = [string.Empty];
            }
            catch (Exception e) when (FailedFiling.IsFailedSave(e))
            {
                FailedFiling.LogNotSaved(logger, e, "operator");
                ModelState.AddModelError(string.Empty, text[FailedFiling.MessageKey]);
            }
        }

        foreach (var key in errors.Keys)
        {
            ModelState.AddModelError(key == "requester.name" ? nameof(CallerName) : string.Empty, SubmitErrors.Text(text, key));
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The phone's resident account, looked up once per request however many parts of the page need it.</summary>
    private Task<CallerAccount?> CallerAccountAsync(CancellationToken ct) => callerAccount ??= accounts.FindAsync(Phone, ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        FiledRequest = string.IsNullOrWhiteSpace(Filed) ? null : await queries.FindAsync(Filed, user, ct);
        await RecogniseCallerAsync(ct);
        Categories = await db.CategoriesAsync(ct);
        Building = BuildingId is { } id ? await db.BuildingAsync(id, ct) : null;
        if (Building is null && TypedPoint(Address) is { } point)
        {
            await FindNearAsync(point.Latitude, point.Longitude, ct);
        }
        else if (Building is null && !string.IsNullOrWhiteSpace(Address))
        {
            var found = await db.SearchBuildingsAsync(Address, 10, ct);
            Buildings = found ?? [];
            AddressMessage = found is null ? text["ErrorAddressShort"].Value : found.Count == 0 ? text["NoBuildingFound"].Value : null;
        }

        History = await queries.CallerHistoryAsync(Phone, Building?.Id, ct);
    }

    /// <summary>
    /// A caller who reads the place off their phone: the nearest building of the city, never one for a point outside
    /// the city's stored boundary, which the operator is told by name.
    /// </summary>
    private async Task FindNearAsync(double latitude, double longitude, CancellationToken ct)
    {
        if (await db.OutsideCityBoundaryAsync(latitude, longitude, ct) is { } boundary)
        {
            AddressMessage = text["PointOutsideCity", Address!.Trim(), boundary].Value;
            return;
        }

        var near = await nearest.NearestAsync(latitude, longitude, ct);
        Buildings = near is null ? [] : [near];
        AddressMessage = near is null ? text["NoBuildingFound"].Value : null;
    }

    /// <summary>"55.7961, 49.1064": coordinates typed in the address box, in decimal degrees with a point.</summary>
    private static GeoPoint? TypedPoint(string? typed) =>
        typed is not null && Coordinates().Match(typed) is { Success: true } match
        && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
        && double.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
        && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180
            ? new GeoPoint(latitude, longitude)
            : null;

    [GeneratedRegex(@"^\s*(-?\d{1,2}\.\d+)\s*[,;\s]\s*(-?\d{1,3}\.\d+)\s*$")]
    private static partial Regex Coordinates();

    /// <summary>A known number fills in the caller's name and, unless an address was typed, their last building.</summary>
    private async Task RecogniseCallerAsync(CancellationToken ct)
    {
        var known = await queries.KnownCallerAsync(Phone, ct);
        Account = await CallerAccountAsync(ct);
        var (name, building) = known is not null ? (known.Name, known.BuildingId) : (Account?.Name, Account?.BuildingId);
        if (name is null)
        {
            return;
        }

        RecognisedPhone = E164.Display(E164.Digits(Phone)!);
        CallerName ??= name;
        if (BuildingId is null && string.IsNullOrWhiteSpace(Address))
        {
            BuildingId = building;
        }
    }
}
