using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>One line of a request's history in the reader's words: what happened, the words people typed, and who.</summary>
public sealed record HistoryLine(DateTime At, string Text, string? Detail, string Who);

/// <summary>
/// Tells each history event in plain, translated words. Routing notes and the system's own notes are for the
/// machine: they are never shown; what people typed (a reason, a report, a file name) is.
/// </summary>
public sealed class HistoryWording(IStringLocalizer<ResidentResource> text)
{
    public HistoryLine Describe(HistoryEntryDto entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var byPerson = entry.ActorRole != nameof(OpenKazan.Requests.Contracts.ActorRole.System);
        var (what, detail) = entry.Kind switch
        {
            RequestEventKinds.Submitted => (Submitted(entry.Channel), null),
            RequestEventKinds.Dispatched => (text[entry.To is null or nameof(RequestStatus.New) ? "Event_AwaitsDispatcher" : "Event_Dispatched"].Value, null),
            RequestEventKinds.Rerouted => (text["Event_Rerouted"].Value, entry.Reason),
            RequestEventKinds.StatusChanged => (StatusChanged(entry, byPerson), byPerson ? entry.Reason : null),
            RequestEventKinds.Commented => (text["Event_Commented"].Value, null),
            RequestEventKinds.AttachmentAdded => (text["Event_AttachmentAdded"].Value, entry.Reason),
            RequestEventKinds.SlaWarning => (text["Event_SlaWarning", Stage(entry.Reason)].Value, null),
            RequestEventKinds.SlaBreach => (text["Event_SlaBreach", Stage(entry.Reason)].Value, null),
            RequestEventKinds.Escalated => (Escalated(entry.Reason), null),
            _ => (text["Event_Other"].Value, null),
        };
        return new HistoryLine(entry.At, what, string.IsNullOrWhiteSpace(detail) ? null : detail, Who(entry));
    }

    private string Submitted(string? channel) => channel is nameof(RequestChannel.Web) or nameof(RequestChannel.CallCentre) or nameof(RequestChannel.Open311)
        ? text["Event_Submitted_" + channel].Value
        : text["Event_Submitted"].Value;

    private string StatusChanged(HistoryEntryDto entry, bool byPerson)
    {
        if (entry.To == nameof(RequestStatus.Closed))
        {
            return text[byPerson ? "Event_To_Closed" : "Event_AutoClosed"].Value;
        }

        if (entry.From == nameof(RequestStatus.OnHold) && entry.To is not (nameof(RequestStatus.Cancelled) or nameof(RequestStatus.Rejected)))
        {
            return text["Event_Resumed"].Value;
        }

        return entry.To is { } to && Enum.TryParse<RequestStatus>(to, out _)
            ? text["Event_To_" + to].Value
            : text["Event_Other"].Value;
    }

    private string Escalated(string? note)
    {
        var escalation = EscalationNote.Parse(note);
        var to = escalation?.Notify is nameof(OpenKazan.Sla.Contracts.EscalationRole.Dispatcher) or nameof(OpenKazan.Sla.Contracts.EscalationRole.OrganisationHead)
            or nameof(OpenKazan.Sla.Contracts.EscalationRole.Committee)
            ? text["EscalatedTo_" + escalation.Notify].Value
            : text["EscalatedTo_Management"].Value;
        return text["Event_Escalated", Stage(escalation?.Stage), to].Value;
    }

    private string Stage(string? stage) => stage is SlaStages.Accept or SlaStages.Localise or SlaStages.Resolve
        ? text["Stage_" + stage].Value
        : text["Stage_Any"].Value;

    private string Who(HistoryEntryDto entry)
    {
        var role = Enum.TryParse<OpenKazan.Requests.Contracts.ActorRole>(entry.ActorRole, out var parsed)
            ? text["Role_" + parsed].Value
            : text["Role_Staff"].Value;
        return entry.ActorName is { Length: > 0 } name && entry.ActorRole != nameof(OpenKazan.Requests.Contracts.ActorRole.System) ? $"{role} ({name})" : role;
    }
}
