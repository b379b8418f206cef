namespace OpenKazan.BuildingBlocks;

/// <summary>A name in the three languages the product speaks; Russian is always present.</summary>
public sealed record LocalizedText(string Ru, string? Tt = null, string? En = null)
{
    public string In(string culture) => culture switch
    {
        "tt" when !string.IsNullOrWhiteSpace(Tt) => Tt,
        "en" when !string.IsNullOrWhiteSpace(En) => En,
        _ => Ru,
    };
}
