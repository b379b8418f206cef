using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>The last request number given out in a city in one year; incremented atomically, in a transaction of its own.</summary>
public sealed class RequestNumberCounter : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public int Year { get; set; }

    public long Last { get; set; }
}
