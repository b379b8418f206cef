using OpenKazan.Registry.Editing;
namespace OpenKazan.Registry.Contracts;

/// <summary>
/// References to registry rows kept outside the city's database (staff accounts name their organisation, residents
/// their building), counted by the module that keeps them so a delete never leaves them pointing at nothing.
/// </summary>
public interface IRegistryReferenceSource
{
    /// <summary>One <see cref="EditReasons.InUse"/> refusal per kind of row whose <paramref name="column"/> holds the id.</summary>
    Task<IReadOnlyList<EditError>> FindAsync(string column, Guid id, CancellationToken ct);
}
