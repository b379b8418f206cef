namespace OpenKazan.Tenancy.Contracts;

/// <summary>Switches a feature of one city in the catalog; the API, the central pages and the CLI all come here.</summary>
public interface ICityFeatureSwitch
{
    Task<FeatureSwitchOutcome> SwitchAsync(string slug, string feature, bool enabled, CancellationToken cancellationToken);
}

public enum FeatureSwitchOutcome
{
    Switched,
    UnknownCity,
    UnknownFeature,
}
