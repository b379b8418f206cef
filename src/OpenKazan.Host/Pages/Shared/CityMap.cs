namespace OpenKazan.Host.Pages.Shared;

/// <summary>What a page asks of the shared map partial (_CityMap): its element id, what it is for and where its data comes from.</summary>
/// <param name="Mode">"open-requests": clustered markers of <paramref name="Source"/>; "pick": a click picks the nearest building.</param>
public sealed record CityMap(string Id, string Mode, string Source, string Label);
