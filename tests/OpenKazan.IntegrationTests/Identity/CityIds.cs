namespace OpenKazan.IntegrationTests.Identity;

/// <summary>The immutable ids of the demo cities (tenants/&lt;slug&gt;/tenant.json).</summary>
public static class CityIds
{
    public const string Kazan = "6f1c2b0e-6a57-4c39-9d2a-0b9b8f0e4a11";
    public const string Grozny = "3d0c7a1e-8a8e-4f53-b7f6-1c2f7b9d5e22";
}
