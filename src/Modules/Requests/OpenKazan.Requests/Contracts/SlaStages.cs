namespace OpenKazan.Requests.Contracts;

/// <summary>The SLA stages a request goes through, in the names the SLA policy uses.</summary>
public static class SlaStages
{
    public const string Accept = "Accept";
    public const string Localise = "Localise";
    public const string Resolve = "Resolve";
}
