using OpenKazan.Identity.Domain;

namespace OpenKazan.Identity.SignUp;

/// <summary>
/// The account e-mails (confirmation, password reset, staff invitation), written by the host in the city's
/// language and branding; links are absolute and point into the city where the action happened.
/// </summary>
public interface IAccountNotifier
{
    Task SendConfirmationAsync(PlatformUser user, Uri link, CancellationToken cancellationToken);

    Task SendPasswordResetAsync(PlatformUser user, Uri link, CancellationToken cancellationToken);

    /// <summary>Someone signed up with an e-mail that has an account: the page says nothing, this mail tells its owner.</summary>
    Task SendAlreadyRegisteredAsync(PlatformUser user, Uri signIn, Uri resetPassword, CancellationToken cancellationToken);

    Task SendInvitationAsync(PlatformUser user, string role, Uri link, CancellationToken cancellationToken);
}
