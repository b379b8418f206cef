namespace OpenKazan.Host;

/// <summary>The marker type of the UI's shared text resources (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
