namespace OpenKazan.Requests.Notifications.Email;

/// <summary>Section <c>Email</c>: an SMTP server if <see cref="SmtpHost"/> is set, otherwise .eml files in <see cref="PickupFolder"/>.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "OpenKazan <no-reply@openkazan.local>";

    public string PickupFolder { get; set; } = "data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None (a local relay only).</summary>
    public string SmtpSecurity { get; set; } = "Auto";

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
