using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Identity.Persistence;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Identity.Staff;

/// <summary>
/// The platform database's references to a city's registry: staff roles name their organisation and residents their
/// building, so neither may be deleted from under them. Registry ids are unique across cities, so no city filter is needed.
/// </summary>
internal sealed class StaffReferences(PlatformDbContext db) : IRegistryReferenceSource
{
    public async Task<IReadOnlyList<EditError>> FindAsync(string column, Guid id, CancellationToken ct)
    {
        var (table, count) = column switch
        {
            "OrganisationId" => ("identity_city_roles", await db.Memberships.SelectMany(m => m.Roles).CountAsync(r => r.OrganisationId == id, ct)),
            "BuildingId" => ("identity_city_memberships", await db.Memberships.CountAsync(m => m.BuildingId == id, ct)),
            _ => (string.Empty, 0),
        };
        return count == 0 ? [] : [new EditError(table, EditReasons.InUse, count.ToString(CultureInfo.InvariantCulture))];
    }
}
