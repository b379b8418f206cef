namespace OpenKazan.Tenancy.Contracts;

/// <summary>A city's logo as the catalog keeps it: the file's bytes and its content type (SVG or PNG).</summary>
public sealed record TenantLogo(byte[] Content, string ContentType)
{
    public const int MaxBytes = 256 * 1024;
}
