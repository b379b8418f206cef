using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Open311.Services;

internal sealed record ServiceDto(
    string ServiceCode, string ServiceName, string Description, bool Metadata, string Type, string Keywords, string Group);

/// <summary>
/// The city's categories as Open311 services. Only the leaves are services (a parent such as "Lift" is their group),
/// because a request is always filed in the most precise category.
/// </summary>
internal static class ServicesEndpoints
{
    public static async Task<Open311Result> ListAsync(Open311Call call, TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var all = await db.CategoriesAsync(ct);
        var parents = all.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
        var byId = all.ToDictionary(c => c.Id);
        var services = all.Where(c => !parents.Contains(c.Id)).Select(c =>
        {
            var group = c.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Name : c.Name;
            var keywords = c.IsEmergency ? $"{c.Group},emergency" : c.Group;
            var description = c.IsEmergency ? $"{group}: {c.Name} (emergency)" : $"{group}: {c.Name}";
            return new ServiceDto(c.Code, c.Name, description, ServiceAttributes.For(c.Group).Count > 0, "realtime", keywords, group);
        }).ToList();
        return new Open311Result(call.Format, "services", services);
    }

    public static async Task<Open311Result> DefinitionAsync(string code, Open311Call call, TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (await FindAsync(db, code, ct) is not { } category)
        {
            return Open311Errors.NotFound(call.Format, $"No service '{code}' in this city.");
        }

        var attributes = ServiceAttributes.For(category.Group);
        return attributes.Count == 0
            ? Open311Errors.NotFound(call.Format, $"Service '{code}' has no extra attributes (its metadata is false).")
            : new Open311Result(call.Format, "service_definition", new ServiceDefinitionDto(code, attributes));
    }

    /// <summary>The category behind a service code: a leaf of the current city's hierarchy, or null.</summary>
    public static Task<NamedCategory?> FindAsync(TenantScopedDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LeafCategoryAsync(code, ct);
    }
}
