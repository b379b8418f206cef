namespace OpenKazan.Host.Areas;

/// <summary>
/// The marker type of the staff workspace's text resources (Resources/Areas/WorkspaceResource.*.resx): the call
/// centre, dispatch, executor and committee pages share one vocabulary of requests, queues and actions.
/// </summary>
public sealed class WorkspaceResource;
