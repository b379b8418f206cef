namespace OpenKazan.Tenancy.Contracts;

public sealed record BrandingInput(string? NameRu, string? NameTt, string? NameEn, string? PrimaryColor, string? AccentColor, TenantLogo? Logo);

/// <summary>Why a branding field was refused; <see cref="Reason"/> is a stable key the pages word in the reader's language.</summary>
public sealed record BrandingError(string Field, string Reason);

/// <summary>
/// The TenantAdmin's change of the city's name, colours and logo, saved through the central catalog so every node
/// picks it up.
/// </summary>
public interface IBrandingEditor
{
    /// <summary>The refused fields (none when saved), or null when there is no such city.</summary>
    Task<IReadOnlyList<BrandingError>?> SaveAsync(Guid tenantId, BrandingInput input, CancellationToken ct);
}
