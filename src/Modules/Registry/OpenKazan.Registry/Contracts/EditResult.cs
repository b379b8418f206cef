using OpenKazan.Registry.Editing;
namespace OpenKazan.Registry.Contracts;

/// <summary>
/// Why a field was refused. <see cref="Reason"/> is a stable key (the pages word it in the reader's language);
/// <see cref="Value"/> is the offending value, if any. For <see cref="EditReasons.InUse"/>, the field is the referring
/// table and the value its number of rows.
/// </summary>
public sealed record EditError(string Field, string Reason, string? Value = null);

/// <summary>The outcome of a registry edit: the saved row's id, the errors, or that the row does not exist in this city.</summary>
public sealed record EditResult(Guid? Id, IReadOnlyList<EditError> Errors, bool NotFound = false)
{
    public bool Succeeded => Errors.Count == 0 && !NotFound;

    public static EditResult Saved(Guid id) => new(id, []);

    public static EditResult Refused(IReadOnlyList<EditError> errors) => new(null, errors);

    public static EditResult Missing() => new(null, [], NotFound: true);
}

/// <summary>The stable reasons an edit is refused; they match the importer's checks.</summary>
public static class EditReasons
{
    public const string Required = "Required";
    public const string DuplicateCode = "DuplicateCode";
    public const string DuplicateAddress = "DuplicateAddress";
    public const string UnknownDistrict = "UnknownDistrict";
    public const string UnknownOrganisation = "UnknownOrganisation";
    public const string NotManagingOrganisation = "NotManagingOrganisation";
    public const string UnknownCategory = "UnknownCategory";
    public const string UnknownBuilding = "UnknownBuilding";
    public const string UnknownParent = "UnknownParent";
    public const string BadCoordinates = "BadCoordinates";
    public const string OutsideCity = "OutsideCity";

    /// <summary>Outside the city's stored boundary; the value is the boundary's name.</summary>
    public const string OutsideCityBoundary = "OutsideCityBoundary";

    /// <summary>Outside the stored boundary of the building's district; the value is the boundary's name.</summary>
    public const string OutsideDistrictBoundary = "OutsideDistrictBoundary";
    public const string BadInn = "BadInn";
    public const string DuplicateResponsibility = "DuplicateResponsibility";
    public const string InUse = "InUse";
}
