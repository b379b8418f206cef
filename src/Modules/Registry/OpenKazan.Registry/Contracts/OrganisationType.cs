using OpenKazan.Registry.Domain;
namespace OpenKazan.Registry.Contracts;

public enum OrganisationType
{
    ManagingOrganisation,
    Contractor,
    ResourceSupplier,
    EmergencyDispatch,
    CityCommittee,
}
