using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Notifications;

namespace OpenKazan.Requests.Notifications.Email;

/// <summary>The default sender: each e-mail becomes an .eml file in a folder, for development and for a relay that picks them up.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.GetFullPath(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var mime = MimeMessages.Build(options.Value, message);

        // Written under a temporary name and renamed, so a pickup process never reads half a file.
        var final = Path.Combine(folder, $"{Guid.CreateVersion7():N}.eml");
        var temporary = final + ".tmp";
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, final);
    }
}
