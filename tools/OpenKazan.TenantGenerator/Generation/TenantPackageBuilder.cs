using System.Globalization;
using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Generation;

/// <summary>Turns a city profile into the rows of its package, drawing every random value from the city's seed.</summary>
internal static class TenantPackageBuilder
{
    /// <param name="usedInns">INNs already given out, shared by all cities so that no two organisations share one.</param>
    public static TenantPackage Build(CityProfile profile, ISet<string> usedInns)
    {
        var random = new Random(profile.Seed);
        var districts = profile.Districts.Select(d => new District(d.Code, d.Name)).ToList();
        var organisations = CreateOrganisations(profile, random, usedInns);
        var buildings = new BuildingGenerator(profile, random).Generate(organisations);
        var responsibilities = profile.Responsibilities
            .Concat(BuildingOverrides(profile, buildings, random))
            .ToList();
        return new TenantPackage(profile, districts, organisations, buildings, Categories.All, responsibilities);
    }

    private static List<Organisation> CreateOrganisations(CityProfile profile, Random random, ISet<string> usedInns)
    {
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Organisation>();
        foreach (var spec in profile.Organisations)
        {
            string inn;
            do
            {
                inn = Inn.Create(random.Pick(profile.InnPrefixes), random);
            }
            while (!usedInns.Add(inn));

            string phone;
            do
            {
                phone = Phone(profile, random);
            }
            while (!phones.Add(phone));

            // Reserved .example domains (RFC 2606) so that no demo e-mail can reach a real mailbox.
            string email = $"info@{spec.Code}.example";
            result.Add(new Organisation(spec.Code, spec.Type, spec.Name, inn, phone, email, spec.District));
        }

        return result;
    }

    // +7 843 2xx-xx-xx in Kazan, +7 8712 2x-xx-xx in Grozny: city numbers start with 2.
    private static string Phone(CityProfile profile, Random random)
    {
        int head = random.Next(profile.PhoneLocalDigits == 7 ? 200 : 20, profile.PhoneLocalDigits == 7 ? 300 : 30);
        return string.Create(CultureInfo.InvariantCulture, $"{profile.PhoneAreaCode} {head}-{random.Next(100):D2}-{random.Next(100):D2}");
    }

    private static List<Responsibility> BuildingOverrides(CityProfile profile, List<Building> buildings, Random random)
    {
        var rows = new List<Responsibility>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in profile.BuildingOverrides)
        {
            // Only managed buildings: an override in an unmanaged house would hide that it has no manager.
            var candidates = buildings
                .Where(b => (spec.District.Length == 0 || b.District == spec.District) && b.ManagingOrg.Length > 0 && !taken.Contains(b.Id))
                .ToList();
            for (int i = 0; i < spec.BuildingCount; i++)
            {
                var building = candidates[random.Next(candidates.Count)];
                candidates.Remove(building);
                taken.Add(building.Id);
                rows.AddRange(spec.Categories.Select(c => new Responsibility(c, string.Empty, building.Id, spec.Organisation)));
            }
        }

        return rows;
    }
}
