using System.Globalization;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Generation;

/// <summary>Scatters each district's buildings around its centre on its streets, with plausible sizes and ages.</summary>
internal sealed class BuildingGenerator(CityProfile profile, Random random)
{
    // Keeps coordinates this far (degrees, ~50 m) inside the bounds so that rounding can never leave them.
    private const double BoundsMargin = 0.0005;

    private const double CorpusShare = 0.12;

    private readonly HashSet<string> addresses = new(StringComparer.Ordinal);

    public List<Building> Generate(IReadOnlyList<Organisation> organisations)
    {
        var buildings = new List<Building>();
        foreach (var district in profile.Districts)
        {
            var managers = organisations
                .Where(o => o.Type == OrganisationType.ManagingOrganisation && o.District == district.Code)
                .Select(o => o.Code)
                .ToList();
            for (int i = 0; i < district.BuildingCount; i++)
            {
                var era = random.PickWeighted(profile.Eras, e => e.Weight);
                int floors = random.Pick(era.Floors);
                buildings.Add(new Building(
                    Id: string.Create(CultureInfo.InvariantCulture, $"{profile.BuildingIdPrefix}-{buildings.Count + 1:D6}"),
                    Address: NextAddress(district),
                    District: district.Code,
                    Location: NextLocation(district),
                    ManagingOrg: PickManager(managers),
                    Floors: floors,
                    Flats: Flats(floors),
                    YearBuilt: random.Next(era.FromYear, era.ToYear + 1)));
            }
        }

        return buildings;
    }

    private string NextAddress(DistrictSpec district)
    {
        // House numbers run up to about twice the street's share of buildings, so numbers have gaps like real streets.
        int maxNumber = Math.Max(12, 2 * district.BuildingCount / district.Streets.Count);
        for (int attempt = 0; attempt < 1000; attempt++)
        {
            string street = random.Pick(district.Streets);
            int number = random.Next(1, maxNumber + 1);
            string address = random.NextDouble() < CorpusShare
                ? string.Create(CultureInfo.InvariantCulture, $"{street}, д. {number}, корп. {random.Next(1, 5)}")
                : string.Create(CultureInfo.InvariantCulture, $"{street}, д. {number}");
            if (addresses.Add(address))
            {
                return address;
            }
        }

        throw new InvalidOperationException($"District {district.Code} has too few streets for its buildings.");
    }

    private GeoPoint NextLocation(DistrictSpec district)
    {
        var inner = profile.Bounds with
        {
            MinLat = profile.Bounds.MinLat + BoundsMargin,
            MaxLat = profile.Bounds.MaxLat - BoundsMargin,
            MinLong = profile.Bounds.MinLong + BoundsMargin,
            MaxLong = profile.Bounds.MaxLong - BoundsMargin,
        };
        while (true)
        {
            // Six decimals (~0.1 m) is what the file carries; rounding here keeps the model equal to the file.
            var point = new GeoPoint(
                Math.Round(district.Centre.Lat + random.NextStandardNormal() * district.SpreadLat, 6),
                Math.Round(district.Centre.Long + random.NextStandardNormal() * district.SpreadLong, 6));
            if (inner.Contains(point))
            {
                return point;
            }
        }
    }

    private string PickManager(List<string> managers)
    {
        if (managers.Count == 0 || random.NextDouble() < profile.UnmanagedShare)
        {
            return string.Empty;
        }

        // The district's first (former municipal) company manages about twice as many houses as each other one.
        int index = random.PickWeighted(Enumerable.Range(0, managers.Count).ToList(), i => i == 0 ? 2 : 1);
        return managers[index];
    }

    private int Flats(int floors)
    {
        int entrances = floors <= 5 ? random.Next(1, 7) : random.Next(1, 4);
        int flatsPerFloor = floors <= 3 ? random.Next(2, 5) : floors <= 9 ? random.Next(3, 5) : random.Next(4, 9);

        // Newer high-rises often have shops on the ground floor instead of flats.
        int residentialFloors = floors >= 9 && random.NextDouble() < 0.35 ? floors - 1 : floors;
        return residentialFloors * entrances * flatsPerFloor;
    }
}
