namespace OpenKazan.Host.Areas;

/// <summary>The marker type of the resident pages' text resources (Resources/Areas/ResidentResource.*.resx).</summary>
public sealed class ResidentResource;
