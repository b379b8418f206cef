namespace OpenKazan.Host.Areas;

/// <summary>The marker type of the analytics page's text (Resources/Areas/AnalyticsResource.*.resx).</summary>
public sealed class AnalyticsResource;
