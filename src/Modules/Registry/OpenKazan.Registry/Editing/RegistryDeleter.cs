using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Editing;

/// <summary>
/// The TenantAdmin's deletes of registry rows. Only a row nothing refers to goes (a building entered by mistake); a row
/// with requests, buildings, rules or votes stays, and the refusal says what refers to it, so no history is ever lost.
/// The tenant filter makes another city's row not found.
/// </summary>
internal sealed class RegistryDeleter(TenantScopedDbContext db, IEnumerable<IRegistryReferenceSource> elsewhere, TimeProvider time) : IRegistryDeleter
{
    public Task<EditResult> DeleteDistrictAsync(Guid id, CancellationToken ct) => DeleteAsync<District>(id, "DistrictId", ct);

    public Task<EditResult> DeleteOrganisationAsync(Guid id, CancellationToken ct) => DeleteAsync<Organisation>(id, "OrganisationId", ct);

    public Task<EditResult> DeleteBuildingAsync(Guid id, CancellationToken ct) => DeleteAsync<Building>(id, "BuildingId", ct);

    public Task<EditResult> DeleteCategoryAsync(Guid id, CancellationToken ct) => DeleteAsync<ServiceCategory>(id, "CategoryId", ct);

    private async Task<EditResult> DeleteAsync<T>(Guid id, string column, CancellationToken ct)
        where T : class, ITenantOwned
    {
        var row = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, ct);
        if (row is null)
        {
            return EditResult.Missing();
        }

        var references = new List<EditError>(await new RowReferences(db).FindAsync(typeof(T), id, column, ct));
        foreach (var source in elsewhere)
        {
            references.AddRange(await source.FindAsync(column, id, ct));
        }

        if (references.Count > 0)
        {
            return EditResult.Refused(references);
        }

        db.Remove(row);
        if (row is ServiceCategory)
        {
            await ServiceCatalogueChanges.MarkAsync(db, time, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A reference written between the check and the delete: the database's constraint refuses, and so do we.
            db.Entry(row).State = EntityState.Unchanged;
            return EditResult.Refused([new EditError(string.Empty, EditReasons.InUse)]);
        }

        return EditResult.Saved(id);
    }
}
