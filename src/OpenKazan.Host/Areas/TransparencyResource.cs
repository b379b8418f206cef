namespace OpenKazan.Host.Areas;

/// <summary>The marker type of the transparency pages' text resources (Resources/Areas/TransparencyResource.*.resx).</summary>
public sealed class TransparencyResource;
