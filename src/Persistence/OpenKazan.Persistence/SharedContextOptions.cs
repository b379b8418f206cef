using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace OpenKazan.Persistence;

/// <summary>
/// A context's options, built once per connection string for the host's lifetime. Built per scope, they cost every
/// request a fresh builder, every extension and the provider's settings (a measurable share of a first read's time and
/// garbage); they depend only on the connection string, so one instance serves every scope. Keyed by the connection
/// string itself, not its name, so a reloaded setting takes effect. Configurations added with
/// <c>ConfigureDbContext</c> (tests' fault injection) are applied too, against the root provider: options outlive scopes.
/// </summary>
internal sealed class SharedContextOptions<TContext>(IServiceProvider root, Action<IServiceProvider, DbContextOptionsBuilder, string> configure)
    where TContext : DbContext
{
    private readonly ConcurrentDictionary<string, DbContextOptions<TContext>> _byConnectionString = new(StringComparer.Ordinal);

    public DbContextOptions<TContext> For(string connectionString) => _byConnectionString.GetOrAdd(connectionString, Build);

    private DbContextOptions<TContext> Build(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(root);
        configure(root, builder, connectionString);
        foreach (var added in root.GetServices<IDbContextOptionsConfiguration<TContext>>())
        {
            added.Configure(root, builder);
        }

        return builder.Options;
    }
}
