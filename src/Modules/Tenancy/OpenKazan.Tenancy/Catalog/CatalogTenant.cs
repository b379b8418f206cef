using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Catalog;

/// <summary>A row of the tenant catalog. The definition is kept whole as JSON; the columns are what lookups need.</summary>
[GlobalEntity]
public sealed class CatalogTenant
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    public TenantStatus Status { get; set; }

    public required string DefinitionJson { get; set; }

    public byte[]? Logo { get; set; }

    public string? LogoContentType { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<CatalogHostName> HostNames { get; set; } = [];
}

/// <summary>A custom host name of a city; unique across the whole deployment.</summary>
[GlobalEntity]
public sealed class CatalogHostName
{
    public required string HostName { get; set; }

    public Guid TenantId { get; set; }
}

/// <summary>
/// A single row whose version every node polls: any catalog change bumps it, so every node reloads its cache
/// within the poll interval without a restart.
/// </summary>
[GlobalEntity]
public sealed class CatalogVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Version { get; set; }
}
