using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Search;
using OpenKazan.Tenancy;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Registry.Editing;

/// <summary>
/// The TenantAdmin's edits of the city's registry, one row at a time, checked by the importer's rules: codes unique
/// in the city, references to rows that exist here, plausible coordinates inside the city's and the district's
/// boundaries. The tenant filter makes another city's rows invisible, so an id from elsewhere is simply not found.
/// </summary>
internal sealed class RegistryEditor(TenantScopedDbContext db, CurrentTenantAccessor city, TimeProvider time) : IRegistryEditor
{
    public async Task<EditResult> SaveDistrictAsync(Guid? id, DistrictInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var district = await FindAsync<District>(id, ct);
        if (id is not null && district is null)
        {
            return EditResult.Missing();
        }

        var errors = new List<EditError>();
        await CheckCodeAsync<District>(id, input.Code, d => d.Code == input.Code.Trim(), errors, ct);
        CheckName(input.Name, errors);
        if (errors.Count > 0)
        {
            return EditResult.Refused(errors);
        }

        district ??= Add(new District { Code = input.Code.Trim(), Name = input.Name });
        district.Code = input.Code.Trim();
        district.Name = Trimmed(input.Name);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(district.Id);
    }

    public async Task<EditResult> SaveOrganisationAsync(Guid? id, OrganisationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisation = await FindAsync<Organisation>(id, ct);
        if (id is not null && organisation is null)
        {
            return EditResult.Missing();
        }

        var errors = new List<EditError>();
        await CheckCodeAsync<Organisation>(id, input.Code, o => o.Code == input.Code.Trim(), errors, ct);
        CheckName(input.Name, errors);
        CheckInn(input.Inn, errors);
        await CheckExistsAsync<District>(input.DistrictId, "DistrictId", EditReasons.UnknownDistrict, errors, ct);
        if (errors.Count > 0)
        {
            return EditResult.Refused(errors);
        }

        organisation ??= Add(new Organisation { Code = input.Code.Trim(), Name = input.Name });
        organisation.Code = input.Code.Trim();
        organisation.Type = input.Type;
        organisation.Name = Trimmed(input.Name);
        organisation.Inn = Blank(input.Inn);
        organisation.Phone = Blank(input.Phone);
        organisation.Email = Blank(input.Email);
        organisation.DistrictId = input.DistrictId;
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(organisation.Id);
    }

    public async Task<EditResult> SaveBuildingAsync(Guid? id, BuildingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var building = await FindAsync<Building>(id, ct);
        if (id is not null && building is null)
        {
            return EditResult.Missing();
        }

        var errors = await BuildingErrorsAsync(id, input, ct);
        if (errors.Count > 0)
        {
            return EditResult.Refused(errors);
        }

        building ??= Add(new Building { Code = input.Code.Trim(), Address = input.Address, AddressSearch = string.Empty });
        building.Code = input.Code.Trim();
        building.Address = input.Address.Trim();
        building.AddressSearch = Building.NormaliseAddress(input.Address);
        building.DistrictId = input.DistrictId;
        building.Latitude = input.Latitude!.Value;
        building.Longitude = input.Longitude!.Value;
        building.ManagingOrganisationId = input.ManagingOrganisationId;
        building.Floors = input.Floors;
        building.Flats = input.Flats;
        building.YearBuilt = input.YearBuilt;
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(building.Id);
    }

    public async Task<EditResult> SaveCategoryAsync(Guid? id, CategoryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var category = await FindAsync<ServiceCategory>(id, ct);
        if (id is not null && category is null)
        {
            return EditResult.Missing();
        }

        var errors = new List<EditError>();
        await CheckCodeAsync<ServiceCategory>(id, input.Code, c => c.Code == input.Code.Trim(), errors, ct);
        CheckName(input.Name, errors);
        Require(input.Group, "Group", errors);
        if (input.ParentId is { } parent && (parent == id || !await db.Set<ServiceCategory>().AnyAsync(c => c.Id == parent && c.ParentId == null, ct)))
        {
            errors.Add(new EditError("ParentId", EditReasons.UnknownParent));
        }

        if (errors.Count > 0)
        {
            return EditResult.Refused(errors);
        }

        category ??= Add(new ServiceCategory { Code = input.Code.Trim(), Name = input.Name, Group = input.Group });
        category.Code = input.Code.Trim();
        category.ParentId = input.ParentId;
        category.Name = Trimmed(input.Name);
        category.IsEmergency = input.IsEmergency;
        category.PhotoRequired = input.PhotoRequired;
        category.Group = input.Group.Trim();
        await ServiceCatalogueChanges.MarkAsync(db, time, ct);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(category.Id);
    }

    private async Task<List<EditError>> BuildingErrorsAsync(Guid? id, BuildingInput input, CancellationToken ct)
    {
        var errors = new List<EditError>();
        await CheckCodeAsync<Building>(id, input.Code, b => b.Code == input.Code.Trim(), errors, ct);
        if (Require(input.Address, "Address", errors))
        {
            var key = AddressKey.Parse(input.Address);
            var sameKey = await db.Set<Building>().Where(b => b.AddressSearch == key.Text && b.Id != id).Select(b => b.Address).ToListAsync(ct);
            if (sameKey.Any(a => AddressKey.Parse(a).Identity == key.Identity))
            {
                errors.Add(new EditError("Address", EditReasons.DuplicateAddress, input.Address));
            }
        }

        await CheckExistsAsync<District>(input.DistrictId, "DistrictId", EditReasons.UnknownDistrict, errors, ct);
        await CheckCoordinatesAsync(input, errors, ct);
        if (input.ManagingOrganisationId is { } manager)
        {
            var type = await db.Set<Organisation>().Where(o => o.Id == manager).Select(o => (OrganisationType?)o.Type).SingleOrDefaultAsync(ct);
            if (type != OrganisationType.ManagingOrganisation)
            {
                errors.Add(new EditError("ManagingOrganisationId", type is null ? EditReasons.UnknownOrganisation : EditReasons.NotManagingOrganisation));
            }
        }

        return errors;
    }

    private async Task CheckCoordinatesAsync(BuildingInput input, List<EditError> errors, CancellationToken ct)
    {
        if (input.Latitude is not { } lat || input.Longitude is not { } lon || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            errors.Add(new EditError("Latitude", EditReasons.BadCoordinates));
        }
        else if (await BuildingPlacement.OutsideAsync(db, city.Info?.Bounds, input.DistrictId, lat, lon, ct) is { } outside)
        {
            errors.Add(outside);
        }
    }

    private async Task CheckCodeAsync<T>(
        Guid? id, string? code, System.Linq.Expressions.Expression<Func<T, bool>> sameCode, List<EditError> errors, CancellationToken ct)
        where T : class, ITenantOwned
    {
        if (!Require(code, "Code", errors))
        {
            return;
        }

        var clash = await db.Set<T>().Where(sameCode).Select(e => EF.Property<Guid>(e, "Id")).FirstOrDefaultAsync(ct);
        if (clash != Guid.Empty && clash != id)
        {
            errors.Add(new EditError("Code", EditReasons.DuplicateCode, code!.Trim()));
        }
    }

    private async Task CheckExistsAsync<T>(Guid? id, string field, string reason, List<EditError> errors, CancellationToken ct)
        where T : class, ITenantOwned
    {
        if (id is { } value && !await db.Set<T>().AnyAsync(e => EF.Property<Guid>(e, "Id") == value, ct))
        {
            errors.Add(new EditError(field, reason));
        }
    }

    private static void CheckName(BuildingBlocks.LocalizedText name, List<EditError> errors) => Require(name.Ru, "NameRu", errors);

    private static void CheckInn(string? inn, List<EditError> errors)
    {
        var value = Blank(inn);
        if (value is not null && !(value.Length is 10 or 12 && value.All(char.IsAsciiDigit)))
        {
            errors.Add(new EditError("Inn", EditReasons.BadInn, value));
        }
    }

    private static bool Require(string? value, string field, List<EditError> errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add(new EditError(field, EditReasons.Required));
        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static BuildingBlocks.LocalizedText Trimmed(BuildingBlocks.LocalizedText name) =>
        new(name.Ru.Trim(), Blank(name.Tt), Blank(name.En));

    private async Task<T?> FindAsync<T>(Guid? id, CancellationToken ct)
        where T : class, ITenantOwned =>
        id is { } value ? await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == value, ct) : null;

    private T Add<T>(T entity)
        where T : class
    {
        db.Add(entity);
        return entity;
    }
}
