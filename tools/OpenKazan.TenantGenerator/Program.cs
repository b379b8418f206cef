using System.Globalization;
using OpenKazan.TenantGenerator.Cities;
using OpenKazan.TenantGenerator.Generation;
using OpenKazan.TenantGenerator.Output;
using OpenKazan.TenantGenerator.Validation;

namespace OpenKazan.TenantGenerator;

/// <summary>
/// Generates the demo city packages: <c>dotnet run --project tools/OpenKazan.TenantGenerator -- tenants</c>.
/// The output is reproducible byte for byte (fixed seeds, invariant culture, "\n" line endings), so the
/// committed tenants/ folder can be regenerated and diffed. Every written folder is re-read and validated;
/// the exit code is 1 if any check fails.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string root = args.Length > 0 ? args[0] : "tenants";
        var usedInns = new HashSet<string>(StringComparer.Ordinal);
        var allInns = new HashSet<string>(StringComparer.Ordinal);
        int errorCount = 0;

        foreach (var profile in CityProfiles.All)
        {
            string directory = Path.Combine(root, profile.Slug);
            PackageWriter.Write(TenantPackageBuilder.Build(profile, usedInns), directory);

            var report = PackageValidator.Validate(directory);
            var duplicates = report.Inns.Where(inn => !allInns.Add(inn)).ToList();
            var errors = report.Errors.Concat(duplicates.Select(inn => $"{profile.Slug}: INN {inn} is used by another city")).ToList();

            Console.WriteLine(directory);
            foreach (var (file, rows, bytes) in report.Files)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file,-22} {rows,6} rows {bytes,9} bytes"));
            }

            foreach (string error in errors)
            {
                Console.Error.WriteLine("  ERROR " + error);
            }

            errorCount += errors.Count;
        }

        return errorCount == 0 ? 0 : 1;
    }
}
