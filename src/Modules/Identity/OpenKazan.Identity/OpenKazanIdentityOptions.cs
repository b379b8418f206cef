namespace OpenKazan.Identity;

/// <summary>The <c>Identity</c> section of the configuration.</summary>
public sealed class OpenKazanIdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>The one issuer of every token, on the base host (http://localhost:5080/ in Development).</summary>
    public Uri? Issuer { get; set; }

    /// <summary>Send people to <c>/t/{slug}/</c> on the base host instead of the city's subdomain (no wildcard DNS).</summary>
    public bool CitiesByPathPrefix { get; set; }

    /// <summary>Off only in Development and tests: OpenIddict refuses plain HTTP otherwise.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// The signing and encryption certificates (PKCS#12): required outside Development, the same on every node so a
    /// token issued by one node is read by all. When set, they replace the development certificates.
    /// </summary>
    public CertificateOptions? SigningCertificate { get; set; }

    public CertificateOptions? EncryptionCertificate { get; set; }

    /// <summary>During a rotation only: the certificates being replaced, still accepted for tokens issued before it.</summary>
    public CertificateOptions? PreviousSigningCertificate { get; set; }

    public CertificateOptions? PreviousEncryptionCertificate { get; set; }

    /// <summary>How long a session cookie is trusted before its account, security stamp and roles are read again.</summary>
    public TimeSpan SessionRecheck { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long expired tokens and authorizations are kept before the pruning job deletes them.</summary>
    public TimeSpan PruneAfter { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How often the account mail job hands waiting account mails (confirmation, reset, invitation) to the relay.</summary>
    public TimeSpan AccountMailInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>A PKCS#12 certificate from a file (a mounted secret) or inline as base64 (an environment variable).</summary>
public sealed class CertificateOptions
{
    public string? Path { get; set; }

    public string? Base64 { get; set; }

    public string? Password { get; set; }
}
