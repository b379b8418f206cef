using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Lookup;

/// <summary>
/// The read behind the anonymous status page, which a whole city makes: only the columns shown (the request row is
/// wide), as a query compiled once, so a first read of a number pays for its SQL round trip but not for building and
/// looking up a LINQ tree. Compiled per model, because EF refuses a compiled query on a context of another model (the
/// SQLite and PostgreSQL test hosts run side by side in one process); the city filter still applies, read from the
/// context each call.
/// </summary>
internal static class PublicStatusQuery
{
    private static readonly ConditionalWeakTable<IModel, Func<TenantScopedDbContext, string, CancellationToken, Task<StatusColumns?>>> Compiled = new();

    public static Task<StatusColumns?> RunAsync(TenantScopedDbContext db, string number, CancellationToken ct) =>
        Compiled.GetValue(db.Model, static _ => Compile())(db, number, ct);

    private static Func<TenantScopedDbContext, string, CancellationToken, Task<StatusColumns?>> Compile() =>
        EF.CompileAsyncQuery((TenantScopedDbContext db, string number, CancellationToken ct) =>
            db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Number == number)
                .Select(r => new StatusColumns(r.Id, r.Number, r.Status, r.Priority, r.RegisteredAt, r.ResolvedAt, r.ClosedAt))
                .SingleOrDefault());
}

/// <summary>The columns the status page shows, and the request's id for the cache of its answer.</summary>
internal sealed record StatusColumns(
    Guid Id, string Number, RequestStatus Status, RequestPriority Priority, DateTime RegisteredAt, DateTime? ResolvedAt, DateTime? ClosedAt);
