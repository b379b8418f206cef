using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Editing;

/// <summary>
/// The TenantAdmin's edits of the responsibility map, row by row, with the importer's checks: the category, district,
/// building and organisation exist in this city. One row per category and place, so the most specific row is never ambiguous.
/// </summary>
internal sealed class ResponsibilityEditor(TenantScopedDbContext db) : IResponsibilityEditor
{
    public async Task<EditResult> AddAsync(ResponsibilityInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<EditError>();
        if (!await db.Set<ServiceCategory>().AnyAsync(c => c.Id == input.CategoryId, ct))
        {
            errors.Add(new EditError("CategoryId", EditReasons.UnknownCategory));
        }

        if (input.DistrictId is { } district && !await db.Set<District>().AnyAsync(d => d.Id == district, ct))
        {
            errors.Add(new EditError("DistrictId", EditReasons.UnknownDistrict));
        }

        var building = await BuildingAsync(input.BuildingCode, errors, ct);
        if (!await db.Set<Organisation>().AnyAsync(o => o.Id == input.OrganisationId, ct))
        {
            errors.Add(new EditError("OrganisationId", EditReasons.UnknownOrganisation));
        }

        if (errors.Count == 0 && await db.Set<Responsibility>().AnyAsync(
                r => r.CategoryId == input.CategoryId && r.DistrictId == input.DistrictId && r.BuildingId == building, ct))
        {
            errors.Add(new EditError("CategoryId", EditReasons.DuplicateResponsibility));
        }

        if (errors.Count > 0)
        {
            return EditResult.Refused(errors);
        }

        var row = new Responsibility { CategoryId = input.CategoryId, DistrictId = input.DistrictId, BuildingId = building, OrganisationId = input.OrganisationId };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(row.Id);
    }

    /// <summary>Nothing refers to a responsibility row, so it can always go; a row of another city is not found.</summary>
    public async Task<EditResult> RemoveAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Set<Responsibility>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (row is null)
        {
            return EditResult.Missing();
        }

        db.Remove(row);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(id);
    }

    private async Task<Guid?> BuildingAsync(string? code, List<EditError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var id = await db.Set<Building>().Where(b => b.Code == code.Trim()).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            errors.Add(new EditError("BuildingCode", EditReasons.UnknownBuilding, code.Trim()));
        }

        return id;
    }
}
