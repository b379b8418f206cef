using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Account;

[Authorize(Policy = Policies.CityUser)]
public sealed class ProfileModel(IAccountProfile profile, ICurrentUser currentUser, IStringLocalizer<SharedResource> text) : AccountPageModel(text)
{
    public string Email { get; private set; } = string.Empty;

    [BindProperty]
    public string FullName { get; set; } = string.Empty;

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Flat { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await profile.GetAsync(cancellationToken) is not { } saved)
        {
            return NotFound();
        }

        (Email, FullName, Phone, Address, Flat) = (saved.Email, saved.FullName, saved.Phone, saved.Address, saved.Flat);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Email = currentUser.Email ?? string.Empty;
        if (string.IsNullOrWhiteSpace(FullName))
        {
            AddError("FieldsRequired");
            return Page();
        }

        switch (await profile.UpdateAsync(new ProfileView(Email, FullName, Phone, Address, Flat), cancellationToken))
        {
            case ProfileUpdate.NotFound:
                return NotFound();
            case ProfileUpdate.UnknownAddress:
                AddError("UnknownAddress");
                return Page();
        }

        Saved = true;
        return Page();
    }
}
