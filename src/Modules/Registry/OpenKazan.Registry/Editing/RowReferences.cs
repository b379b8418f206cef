using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Editing;

/// <summary>
/// Counts this city's rows, in any module, that point at one registry row: every foreign key to its table, and every
/// column named after it (history keeps e.g. an organisation's id on request events without a constraint). Read from
/// the model, so a module added later is checked without a change here.
/// </summary>
internal sealed class RowReferences(TenantScopedDbContext db)
{
    private static readonly MethodInfo CountMethod = typeof(RowReferences)
        .GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>One refusal per referring table, its field being the table and its value the number of rows.</summary>
    public async Task<IReadOnlyList<EditError>> FindAsync(Type principal, Guid id, string column, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (dependent, property) in Referring(principal, column))
        {
            var count = await (Task<int>)CountMethod.MakeGenericMethod(dependent.ClrType).Invoke(null, [db, property, id, ct])!;
            var table = dependent.GetTableName() ?? dependent.ClrType.Name;
            counts[table] = Math.Max(count, counts.GetValueOrDefault(table));
        }

        return counts.Where(c => c.Value > 0)
            .Select(c => new EditError(c.Key, EditReasons.InUse, c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private IEnumerable<(IEntityType Dependent, IProperty Property)> Referring(Type principal, string column)
    {
        var target = db.Model.FindEntityType(principal)!;
        var byKey = target.GetReferencingForeignKeys().Select(fk => (fk.DeclaringEntityType, fk.Properties[0]));
        var byName = db.Model.GetEntityTypes()
            .Where(t => t != target && !t.IsOwned() && !t.HasSharedClrType)
            .Select(t => (t, t.FindProperty(column)))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.t, p.Item2!));
        return byKey.Concat(byName).Where(r => !r.Item1.IsOwned()).Distinct();
    }

    private static Task<int> CountAsync<TEntity>(DbContext context, IProperty property, Guid id, CancellationToken ct)
        where TEntity : class
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        var value = Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], row, Expression.Constant(property.Name));
        var match = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(value, Expression.Constant(id, property.ClrType)), row);
        return context.Set<TEntity>().CountAsync(match, ct);
    }
}
