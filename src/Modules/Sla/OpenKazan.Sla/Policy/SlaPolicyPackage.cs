using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Policy;

internal sealed class SlaPolicyPackage(SlaPolicyStore store) : ISlaPolicyPackage
{
    public async Task SaveAsync(CheckedSlaPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await store.SaveAsync(policy.Document, cancellationToken);
    }

    public async Task<string> CurrentJsonAsync(CancellationToken cancellationToken) =>
        SlaPolicyJson.Write(await store.CurrentAsync(cancellationToken));
}
