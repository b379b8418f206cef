using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>One line of a request's history as its reader may see it: what happened, when, from and to which status, by whom and why.</summary>
public sealed record HistoryEntryDto(DateTime At, string Kind, string? From, string? To, string ActorRole, string? ActorName, string? Reason, string? Channel, Guid? OrganisationId)
{
    /// <summary>Staff names are shown to staff; a resident sees roles, not the names of the people who handled it.</summary>
    internal static HistoryEntryDto Of(RequestEvent e, bool staff, Guid? viewer)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.At, e.Kind, e.FromStatus?.ToString(), e.ToStatus?.ToString(), e.ActorRole,
            staff || e.ActorId == viewer ? e.ActorName : null, e.Reason, e.Channel?.ToString(), e.OrganisationId);
    }
}
