using OpenKazan.BuildingBlocks.Notifications;

namespace OpenKazan.Identity.Contracts;

/// <summary>
/// The words of the account e-mails (confirmation, password reset, staff invitation) to the account's address,
/// written by the host in the city's language and branding; links are absolute and point into the city where the
/// action happened. The module queues them in its outbox with the account change they tell about.
/// </summary>
public interface IAccountNotifier
{
    EmailMessage Confirmation(string email, Uri link);

    EmailMessage PasswordReset(string email, Uri link);

    /// <summary>Someone signed up with an e-mail that has an account: the page says nothing, this mail tells its owner.</summary>
    EmailMessage AlreadyRegistered(string email, Uri signIn, Uri resetPassword);

    EmailMessage Invitation(string email, string role, Uri link);
}
