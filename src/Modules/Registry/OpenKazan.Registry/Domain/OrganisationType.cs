namespace OpenKazan.Registry.Domain;

public enum OrganisationType
{
    ManagingOrganisation,
    Contractor,
    ResourceSupplier,
    EmergencyDispatch,
    CityCommittee,
}
