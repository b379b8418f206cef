namespace OpenKazan.Requests.Contracts;

/// <summary>What the SLA monitor recorded about a stage: its warning time passed, it was due, or it was escalated.</summary>
public enum SlaIncidentKind
{
    Warning,
    Breach,
    Escalation,
}
