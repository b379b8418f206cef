using OpenKazan.Sla;
namespace OpenKazan.Sla.Contracts;

/// <summary>How urgent a request is; an emergency category makes a request an emergency.</summary>
public enum RequestPriority
{
    Normal,
    Emergency,
}

/// <summary>The measured stages of a request, each from registration.</summary>
public enum SlaStage
{
    /// <summary>From registration to acceptance by the organisation.</summary>
    Accept,

    /// <summary>From registration to localising the damage (emergencies only, Decree 416: 30 minutes).</summary>
    Localise,

    /// <summary>From registration to resolution.</summary>
    Resolve,
}

/// <summary>Which time a stage target counts.</summary>
public enum SlaClock
{
    /// <summary>The city's working hours, holidays and transfers.</summary>
    Business,

    /// <summary>Every minute, 24/7.</summary>
    Calendar,
}

/// <summary>Who is notified at an escalation level.</summary>
public enum EscalationRole
{
    Dispatcher,
    OrganisationHead,
    Committee,
}
