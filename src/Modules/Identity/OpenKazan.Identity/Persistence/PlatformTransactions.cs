using Microsoft.EntityFrameworkCore;

namespace OpenKazan.Identity.Persistence;

/// <summary>One unit of work on the platform database for an account change and the mails it queues.</summary>
internal static class PlatformTransactions
{
    /// <summary>
    /// Runs the change in one transaction: what it saves (the account, its roles, its mails) is committed together or
    /// not at all. Where the engine's execution strategy retries (SQL Server), the whole change is retried.
    /// </summary>
    public static Task<T> InOneTransactionAsync<T>(this PlatformDbContext db, Func<Task<T>> change, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await change();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
}
