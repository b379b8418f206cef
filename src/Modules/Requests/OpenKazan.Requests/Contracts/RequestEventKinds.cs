namespace OpenKazan.Requests.Contracts;

/// <summary>The kinds of history events, as the history rows other modules read name them.</summary>
public static class RequestEventKinds
{
    public const string Submitted = "Submitted";
    public const string Dispatched = "Dispatched";
    public const string Rerouted = "Rerouted";
    public const string StatusChanged = "StatusChanged";
    public const string Commented = "Commented";
    public const string AttachmentAdded = "AttachmentAdded";
    public const string SlaWarning = "SlaWarning";
    public const string SlaBreach = "SlaBreach";
    public const string Escalated = "Escalated";
}
