using System.Buffers;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace OpenKazan.Sla.Policy;

/// <summary>
/// A cached policy travels to the distributed cache (Redis, when configured) as the same <c>sla.json</c> the database
/// keeps, so there is one serialised form of a policy.
/// </summary>
internal sealed class SlaPolicyDocumentSerializer : IHybridCacheSerializer<SlaPolicyDocument>
{
    public SlaPolicyDocument Deserialize(ReadOnlySequence<byte> source)
    {
        var (document, errors) = SlaPolicyJson.Parse(Encoding.UTF8.GetString(source), "cache", categories: null);
        return document ?? throw new InvalidOperationException($"A cached SLA policy is invalid: {string.Join("; ", errors)}");
    }

    public void Serialize(SlaPolicyDocument value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Write(Encoding.UTF8.GetBytes(SlaPolicyJson.Write(value)));
    }
}
