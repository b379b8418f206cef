namespace OpenKazan.Host.Areas;

/// <summary>The marker type of the central area's text resources (Resources/Areas/CentralResource.*.resx).</summary>
public sealed class CentralResource;
