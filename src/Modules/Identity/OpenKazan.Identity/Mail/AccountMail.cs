namespace OpenKazan.Identity.Mail;

/// <summary>
/// An account e-mail (confirmation, reset, "already registered", invitation) waiting for <see cref="AccountMailJob"/>,
/// written in the same unit of work as the account change it tells about, so a mail queued before a node stops is
/// delivered after. Deleted once handed over: it carries a live link, which the database keeps no longer than needed.
/// </summary>
public sealed class AccountMail
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Recipient { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Not before then: the next try after a failure, or the lease of the node handing it over right now.</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
