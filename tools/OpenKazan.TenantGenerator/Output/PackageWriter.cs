using System.Globalization;
using System.Text;
using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Output;

/// <summary>Writes one city's folder; existing files of the same names are overwritten.</summary>
internal static class PackageWriter
{
    public static void Write(TenantPackage package, string directory)
    {
        Directory.CreateDirectory(directory);
        string PathOf(string file) => Path.Combine(directory, file);

        JsonFiles.WriteTenant(package.Profile, PathOf(PackageFormat.TenantFile));
        JsonFiles.WriteSla(PathOf(PackageFormat.SlaFile));
        File.WriteAllText(PathOf(PackageFormat.LogoFile), LogoSvg.Create(package.Profile).ReplaceLineEndings("\n"), new UTF8Encoding(false));

        using (var csv = new CsvWriter(PathOf(PackageFormat.DistrictsFile), PackageFormat.DistrictsHeader))
        {
            foreach (var d in package.Districts)
            {
                csv.WriteRow(d.Code, d.Name.Ru, d.Name.Tt, d.Name.En);
            }
        }

        using (var csv = new CsvWriter(PathOf(PackageFormat.OrganisationsFile), PackageFormat.OrganisationsHeader))
        {
            foreach (var o in package.Organisations)
            {
                csv.WriteRow(o.Code, o.Type.ToString(), o.Name.Ru, o.Name.Tt, o.Name.En, o.Inn, o.Phone, o.Email, o.District);
            }
        }

        using (var csv = new CsvWriter(PathOf(PackageFormat.BuildingsFile), PackageFormat.BuildingsHeader))
        {
            foreach (var b in package.Buildings)
            {
                csv.WriteRow(b.Id, b.Address, b.District, Number(b.Location.Lat), Number(b.Location.Long), b.ManagingOrg,
                    Number(b.Floors), Number(b.Flats), Number(b.YearBuilt));
            }
        }

        using (var csv = new CsvWriter(PathOf(PackageFormat.CategoriesFile), PackageFormat.CategoriesHeader))
        {
            foreach (var c in package.Categories)
            {
                csv.WriteRow(c.Code, c.Parent, c.Name.Ru, c.Name.Tt, c.Name.En, Bool(c.Emergency), Bool(c.PhotoRequired), c.Group);
            }
        }

        using (var csv = new CsvWriter(PathOf(PackageFormat.ResponsibilitiesFile), PackageFormat.ResponsibilitiesHeader))
        {
            foreach (var r in package.Responsibilities)
            {
                csv.WriteRow(r.Category, r.District, r.Building, r.Organisation);
            }
        }
    }

    private static string Number(double value) => value.ToString("0.000000", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
