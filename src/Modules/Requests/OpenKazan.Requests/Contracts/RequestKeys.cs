using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>How another module's table declares a foreign key to a request, without naming the request entity.</summary>
public static class RequestKeys
{
    public static void ReferencesRequest<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> key, DeleteBehavior onDelete)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(key).OnDelete(onDelete);
    }

    /// <summary>A table with at most one row per request, keyed by the request's id (the analytics facts).</summary>
    public static void ExtendsRequest<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> key, DeleteBehavior onDelete)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasOne<ServiceRequest>().WithOne().HasForeignKey<T>(key).OnDelete(onDelete);
    }
}
