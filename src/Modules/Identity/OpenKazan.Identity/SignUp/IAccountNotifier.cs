using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Identity.Domain;

namespace OpenKazan.Identity.SignUp;

/// <summary>
/// The words of the account e-mails (confirmation, password reset, staff invitation), written by the host in the
/// city's language and branding; links are absolute and point into the city where the action happened. The module
/// queues them in its outbox with the account change they tell about (<see cref="Mail.AccountMailOutbox"/>).
/// </summary>
public interface IAccountNotifier
{
    EmailMessage Confirmation(PlatformUser user, Uri link);

    EmailMessage PasswordReset(PlatformUser user, Uri link);

    /// <summary>Someone signed up with an e-mail that has an account: the page says nothing, this mail tells its owner.</summary>
    EmailMessage AlreadyRegistered(PlatformUser user, Uri signIn, Uri resetPassword);

    EmailMessage Invitation(PlatformUser user, string role, Uri link);
}
