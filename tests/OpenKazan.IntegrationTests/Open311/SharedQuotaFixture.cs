using System.Globalization;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>The requests fixture (fake clock) with an Open311 quota small enough to use up, folded every third call.</summary>
public class SharedQuotaFactory(DatabaseProvider provider) : RequestsFactory(provider)
{
    public const int Permits = 8;
    public const int FoldEvery = 3;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Open311:RateLimitPermits", Permits.ToString(CultureInfo.InvariantCulture)),
        new("Open311:RateLimitFoldEvery", FoldEvery.ToString(CultureInfo.InvariantCulture)),
    ];
}

public sealed class SqliteSharedQuotaFactory() : SharedQuotaFactory(DatabaseProvider.Sqlite);

public sealed class PostgresSharedQuotaFactory() : SharedQuotaFactory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class SqliteSharedQuotaCollection : ICollectionFixture<SqliteSharedQuotaFactory>
{
    public const string Name = "open311-quota-sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresSharedQuotaCollection : ICollectionFixture<PostgresSharedQuotaFactory>
{
    public const string Name = "open311-quota-postgres";
}
