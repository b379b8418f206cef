using System.Collections.Concurrent;

namespace OpenKazan.Sla.Policy;

/// <summary>
/// Parsed policies by row and version, shared by every request on this node: intake plans deadlines on every
/// submission, and parsing and checking the JSON each time cost more than reading it. A changed policy has a new
/// version, so a stale entry is never served; every node reads the version from the database.
/// </summary>
public sealed class SlaPolicyCache
{
    private readonly ConcurrentDictionary<Guid, (int Version, SlaPolicyDocument Document)> _documents = new();

    public SlaPolicyDocument? Find(Guid policyId, int version) =>
        _documents.TryGetValue(policyId, out var cached) && cached.Version == version ? cached.Document : null;

    public void Keep(Guid policyId, int version, SlaPolicyDocument document) => _documents[policyId] = (version, document);
}
