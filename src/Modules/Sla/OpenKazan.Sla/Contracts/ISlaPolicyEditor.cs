using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.Sla.Contracts;

/// <summary>
/// The TenantAdmin's edit of the city's SLA policy as a whole <c>sla.json</c> document, checked against the city's
/// categories exactly as a package import is.
/// </summary>
public interface ISlaPolicyEditor
{
    /// <summary>The current document, or the default template while the city has none of its own.</summary>
    Task<string> CurrentJsonAsync(CancellationToken ct);

    /// <summary>The problems of the document; none when it was saved as the city's new policy version.</summary>
    Task<IReadOnlyList<PackageError>> SaveAsync(string json, CancellationToken ct);
}
