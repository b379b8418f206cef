using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Notifications;

namespace OpenKazan.Host.Notifications;

/// <summary>
/// Writes each e-mail as an .eml file into a pickup folder (<c>data/mail</c> by default), where a developer opens it
/// and a test reads it. An SMTP sender replaces this registration, not the callers.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));
        Directory.CreateDirectory(folder);
        var now = time.GetUtcNow();
        var eml = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"From: {options.Value.From}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {message.To}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject))}?=\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {now:R}\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Body)
            .ToString();

        // Unique and sortable: the timestamp first, then a random part for mails sent in the same tick.
        var file = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(file, eml, new UTF8Encoding(false), cancellationToken);
    }
}

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string PickupFolder { get; set; } = "data/mail";

    public string From { get; set; } = "OpenKazan <no-reply@openkazan.example>";
}
