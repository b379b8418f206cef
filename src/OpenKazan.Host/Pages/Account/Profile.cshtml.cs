using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Profile;
using OpenKazan.Identity.SignIn;

namespace OpenKazan.Host.Pages.Account;

[Authorize(Policy = Policies.CityUser)]
public sealed class ProfileModel(
    ProfileService profiles, ICurrentUser currentUser, UserManager<PlatformUser> users, CitySignIn signIn, IStringLocalizer<SharedResource> text)
    : AccountPageModel(text)
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
        if (await profiles.GetAsync(currentUser.UserId!.Value, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        (Email, FullName, Phone, Address, Flat) = (profile.Email, profile.FullName, profile.Phone, profile.Address, profile.Flat);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId!.Value;
        Email = currentUser.Email ?? string.Empty;
        if (string.IsNullOrWhiteSpace(FullName))
        {
            AddError("FieldsRequired");
            return Page();
        }

        switch (await profiles.UpdateAsync(userId, new ProfileView(Email, FullName, Phone, Address, Flat), cancellationToken))
        {
            case ProfileUpdate.NotFound:
                return NotFound();
            case ProfileUpdate.UnknownAddress:
                AddError("UnknownAddress");
                return Page();
        }

        // The cookie carries name and phone: re-issue it so the change shows at once.
        if (await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            await signIn.RefreshAsync(user);
        }

        Saved = true;
        return Page();
    }
}
