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

    /// <summary>PKCS#12 files of the signing and encryption certificates: production, the same on every node.</summary>
    public CertificateOptions? SigningCertificate { get; set; }

    public CertificateOptions? EncryptionCertificate { get; set; }

    /// <summary>How long expired tokens and authorizations are kept before the pruning job deletes them.</summary>
    public TimeSpan PruneAfter { get; set; } = TimeSpan.FromDays(14);
}

public sealed class CertificateOptions
{
    public required string Path { get; set; }

    public string? Password { get; set; }
}
