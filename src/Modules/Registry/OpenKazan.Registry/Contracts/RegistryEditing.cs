namespace OpenKazan.Registry.Contracts;

/// <summary>
/// The TenantAdmin's edits of the city's registry, one row at a time, checked by the package importer's rules; a row of
/// another city is not found.
/// </summary>
public interface IRegistryEditor
{
    Task<EditResult> SaveDistrictAsync(Guid? id, DistrictInput input, CancellationToken ct);

    Task<EditResult> SaveOrganisationAsync(Guid? id, OrganisationInput input, CancellationToken ct);

    Task<EditResult> SaveBuildingAsync(Guid? id, BuildingInput input, CancellationToken ct);

    Task<EditResult> SaveCategoryAsync(Guid? id, CategoryInput input, CancellationToken ct);
}

/// <summary>The TenantAdmin's deletes of registry rows: only a row nothing refers to goes, and a refusal says what refers to it.</summary>
public interface IRegistryDeleter
{
    Task<EditResult> DeleteDistrictAsync(Guid id, CancellationToken ct);

    Task<EditResult> DeleteOrganisationAsync(Guid id, CancellationToken ct);

    Task<EditResult> DeleteBuildingAsync(Guid id, CancellationToken ct);

    Task<EditResult> DeleteCategoryAsync(Guid id, CancellationToken ct);
}

/// <summary>The TenantAdmin's edits of the responsibility map, row by row, with the package importer's checks.</summary>
public interface IResponsibilityEditor
{
    Task<EditResult> AddAsync(ResponsibilityInput input, CancellationToken ct);

    Task<EditResult> RemoveAsync(Guid id, CancellationToken ct);
}
