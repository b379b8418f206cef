namespace OpenKazan.BuildingBlocks;

/// <summary>Features the central team switches per city (Microsoft.FeatureManagement names).</summary>
public static class CityFeatures
{
    public const string Voting = "Voting";
    public const string Open311 = "Open311";
    public const string PublicMap = "PublicMap";
    public const string CallCentre = "CallCentre";

    public static IReadOnlyList<string> All { get; } = [Voting, Open311, PublicMap, CallCentre];
}
