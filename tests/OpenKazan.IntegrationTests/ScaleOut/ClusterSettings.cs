using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.ScaleOut;

/// <summary>
/// The environment every node of the test cluster gets: one PostgreSQL database, Azurite for files, the same token
/// certificates (inline, as a Kubernetes secret would pass them), a fast cluster check-in and SLA monitor.
/// </summary>
public static class ClusterSettings
{
    public static Dictionary<string, string> For(TestDatabase database, string mailFolder)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new Dictionary<string, string>
        {
            // Development seeds the demo accounts; everything that matters for scale-out is set explicitly below.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__OpenKazan"] = database.ConnectionString,
            ["Database__Provider"] = "PostgreSql",
            ["Database__MigrateOnStart"] = "false",
            ["Seed__TenantsFolder"] = TestEnvironment.TenantsFolder,
            ["Seed__DemoRequests"] = "0",
            ["FileStorage__Kind"] = "AzureBlob",
            ["FileStorage__AzureConnectionString"] = TestEnvironment.AzuriteConnectionString,
            ["FileStorage__ContainerPrefix"] = $"n{Guid.NewGuid():N}"[..12],
            ["Email__PickupFolder"] = mailFolder,
            ["Identity__Issuer"] = "http://localhost/",
            ["Identity__SigningCertificate__Base64"] = Certificate("CN=OpenKazan test signing", X509KeyUsageFlags.DigitalSignature),
            ["Identity__EncryptionCertificate__Base64"] = Certificate("CN=OpenKazan test encryption", X509KeyUsageFlags.KeyEncipherment),
            ["Scheduler__CheckinInterval"] = "00:00:01",
            ["Requests__SlaMonitorInterval"] = "00:00:02",
            ["Logging__LogLevel__Default"] = "Warning",
        };
    }

    private static string Certificate(string subject, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }
}
