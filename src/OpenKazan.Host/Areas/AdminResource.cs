namespace OpenKazan.Host.Areas;

/// <summary>
/// The marker type of the city administration pages' text resources (Resources/Areas/AdminResource.*.resx): the
/// TenantAdmin's registry editing and the words of its validation messages.
/// </summary>
public sealed class AdminResource;
