using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Policy;

/// <summary>
/// The TenantAdmin's edit of the city's SLA policy as a whole <c>sla.json</c> document: checked against the city's
/// categories exactly as a package import is, and saved as a new version only when it has no problem.
/// </summary>
internal sealed class SlaPolicyEditor(SlaPolicyStore store, TenantScopedDbContext db) : ISlaPolicyEditor
{
    public async Task<string> CurrentJsonAsync(CancellationToken ct) =>
        (await store.FindAsync(ct))?.Document ?? SlaTemplates.Json(SlaTemplates.Ru416)!;

    /// <summary>The saved row, or null with the problems when the document is refused (nothing is then written).</summary>
    public async Task<(SlaPolicy? Saved, IReadOnlyList<PackageError> Errors)> SaveJsonAsync(string json, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(json);
        var categories = await db.CategoriesAsync(ct);
        var (document, errors) = SlaPolicyJson.Parse(json, SlaPolicyJson.FileName, SlaCategoryIndex.From(categories.Select(c => (c.Code, c.Group))));
        return document is null ? (null, errors) : (await store.SaveAsync(document, ct), errors);
    }

    public async Task<IReadOnlyList<PackageError>> SaveAsync(string json, CancellationToken ct) => (await SaveJsonAsync(json, ct)).Errors;
}
