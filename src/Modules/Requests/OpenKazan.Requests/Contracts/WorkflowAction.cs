using OpenKazan.Requests.Workflow;
namespace OpenKazan.Requests.Contracts;

public enum WorkflowAction
{
    Dispatch,
    Reroute,
    Accept,
    Start,
    Hold,
    Resume,
    Resolve,
    Confirm,
    AutoClose,
    Reopen,
    Cancel,
    Reject,
    Return,
}

/// <summary>The capacity someone acts in towards one request (a person may hold several).</summary>
public enum ActorRole
{
    /// <summary>The resident who filed the request.</summary>
    Resident,
    Operator,
    Dispatcher,

    /// <summary>Staff of the organisation the request is assigned to.</summary>
    Organisation,
    Committee,
    System,
}
