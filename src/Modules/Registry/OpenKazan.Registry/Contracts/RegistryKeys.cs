using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>How another module's table declares a foreign key to a building, a category or an organisation, without naming the entity.</summary>
public static class RegistryKeys
{
    public static void ReferencesBuilding<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> key, DeleteBehavior onDelete)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasOne<Building>().WithMany().HasForeignKey(key).OnDelete(onDelete);
    }

    public static void ReferencesCategory<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> key, DeleteBehavior onDelete)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasOne<ServiceCategory>().WithMany().HasForeignKey(key).OnDelete(onDelete);
    }

    public static void ReferencesOrganisation<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> key, DeleteBehavior onDelete)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(key).OnDelete(onDelete);
    }
}
