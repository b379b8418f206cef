namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>Whose requests a report may read: one city (optionally one organisation of it) or, for the central team, several cities.</summary>
internal sealed record ReportScope(IReadOnlyList<Guid> Cities, Guid? OrganisationId, bool CrossCity)
{
    public static ReportScope City(Guid city, Guid? organisationId = null) => new([city], organisationId, CrossCity: false);
}
