namespace OpenKazan.TenantGenerator.Model;

/// <summary>
/// A name in the three package languages. Tatar is empty for a city that does not offer Tatar
/// (the column still exists because the CSV layout is the same for every city).
/// </summary>
internal sealed record LocalizedName(string Ru, string Tt, string En);
