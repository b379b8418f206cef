using System.Globalization;
using System.Text.Json;
using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Generation;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Validation;

internal sealed record ValidationReport(
    IReadOnlyList<string> Errors, IReadOnlyList<(string File, int Rows, long Bytes)> Files, IReadOnlyList<string> Inns);

/// <summary>
/// Re-reads a written package folder and checks it against docs/tenant-package.md: headers, unique codes,
/// references between files, coordinates inside the bounds, calendar sanity and file sizes.
/// </summary>
internal sealed class PackageValidator
{
    private const long MaxFileBytes = 1_000_000;

    private static readonly string[] Priorities = ["Normal", "Emergency"];
    private static readonly string[] Clocks = ["Business", "Calendar"];
    private static readonly string[] Stages = ["accept", "localise", "resolve"];

    private readonly string directory;
    private readonly List<string> errors = [];
    private readonly List<(string File, int Rows, long Bytes)> files = [];
    private readonly HashSet<string> districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Type, string District)> organisations = new(StringComparer.Ordinal);
    private readonly HashSet<string> buildings = new(StringComparer.Ordinal);
    private readonly HashSet<string> categories = new(StringComparer.Ordinal);
    private readonly List<string> inns = [];
    private bool hasTatar;
    private GeoBounds bounds = new(0, 0, 0, 0);

    private PackageValidator(string directory) => this.directory = directory;

    public static ValidationReport Validate(string directory)
    {
        var validator = new PackageValidator(directory);
        validator.Run();
        return new ValidationReport(validator.errors, validator.files, validator.inns);
    }

    private void Run()
    {
        CheckTenant();
        CheckDistricts();
        CheckOrganisations();
        CheckBuildings();
        CheckCategories();
        CheckResponsibilities();
        CheckSla();
        foreach (string file in new[] { PackageFormat.TenantFile, PackageFormat.SlaFile, PackageFormat.LogoFile })
        {
            files.Add((file, 0, new FileInfo(Path.Combine(directory, file)).Length));
        }

        foreach (var (file, _, bytes) in files.Where(f => f.Bytes > MaxFileBytes))
        {
            Error(file, $"is {bytes} bytes, over {MaxFileBytes}");
        }
    }

    private void CheckTenant()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, PackageFormat.TenantFile)));
        var root = doc.RootElement;
        const string file = PackageFormat.TenantFile;
        if (!Guid.TryParse(root.GetProperty("id").GetString(), out _))
        {
            Error(file, "id is not a GUID");
        }

        var languages = root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ToList();
        hasTatar = languages.Contains("tt");
        foreach (string? language in languages)
        {
            if (string.IsNullOrEmpty(root.GetProperty("names").GetProperty(language!).GetString()))
            {
                Error(file, $"names.{language} is empty");
            }
        }

        var b = root.GetProperty("bounds");
        bounds = new GeoBounds(b.GetProperty("minLat").GetDouble(), b.GetProperty("maxLat").GetDouble(),
            b.GetProperty("minLong").GetDouble(), b.GetProperty("maxLong").GetDouble());

        var branding = root.GetProperty("branding");
        double contrast = Contrast.WithWhite(branding.GetProperty("primaryColor").GetString()!);
        if (contrast < 4.5)
        {
            Error(file, $"white on the primary colour has contrast {contrast:F2} < 4.5");
        }

        if (!File.Exists(Path.Combine(directory, branding.GetProperty("logo").GetString()!)))
        {
            Error(file, "branding.logo names a missing file");
        }

        var calendar = root.GetProperty("calendar");
        var holidays = calendar.GetProperty("holidays").EnumerateArray().Select(h => ParseDate(h.GetString())).ToList();
        if (!holidays.SequenceEqual(holidays.Distinct().Order()))
        {
            Error(file, "holidays are not sorted and unique");
        }

        foreach (var day in calendar.GetProperty("shortenedDays").EnumerateArray())
        {
            var date = ParseDate(day.GetProperty("date").GetString());
            var end = TimeOnly.ParseExact(day.GetProperty("end").GetString()!, "HH:mm", CultureInfo.InvariantCulture);
            if (holidays.Contains(date) || !WorkingWeek.IsWorkingWeekday(date))
            {
                Error(file, $"shortened day {date:yyyy-MM-dd} is not a working day");
            }
            else if (end != WorkingWeek.ShortenedEnd(date))
            {
                Error(file, $"shortened day {date:yyyy-MM-dd} ends at {end:HH:mm}");
            }
            else if (!holidays.Contains(NextWorkingWeekdayOrHoliday(date, holidays)))
            {
                Error(file, $"shortened day {date:yyyy-MM-dd} does not precede a holiday");
            }
        }
    }

    // The day after a shortened day must be a holiday (weekends in between do not count, per the decree lists).
    private static DateOnly NextWorkingWeekdayOrHoliday(DateOnly date, List<DateOnly> holidays)
    {
        var next = date.AddDays(1);
        while (!WorkingWeek.IsWorkingWeekday(next) && !holidays.Contains(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    private void CheckDistricts()
    {
        foreach (var row in ReadCsv(PackageFormat.DistrictsFile, PackageFormat.DistrictsHeader))
        {
            Unique(PackageFormat.DistrictsFile, districts, row[0]);
            CheckNames(PackageFormat.DistrictsFile, row[0], row[1], row[2], row[3]);
        }
    }

    private void CheckOrganisations()
    {
        const string file = PackageFormat.OrganisationsFile;
        var ownInns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(file, PackageFormat.OrganisationsHeader))
        {
            if (!organisations.TryAdd(row[0], (row[1], row[8])))
            {
                Error(file, $"duplicate code {row[0]}");
            }

            if (!Enum.TryParse<OrganisationType>(row[1], out _))
            {
                Error(file, $"{row[0]}: unknown type {row[1]}");
            }

            CheckNames(file, row[0], row[2], row[3], row[4]);
            if (!Inn.IsValid(row[5]) || !ownInns.Add(row[5]))
            {
                Error(file, $"{row[0]}: INN {row[5]} is invalid or repeated");
            }

            inns.Add(row[5]);
            if (!row[6].StartsWith("+7 ", StringComparison.Ordinal) || !row[7].Contains('@', StringComparison.Ordinal))
            {
                Error(file, $"{row[0]}: odd phone or e-mail");
            }

            Reference(file, row[0], districts, row[8]);
        }

        foreach (var type in Enum.GetNames<OrganisationType>().Where(t => organisations.Values.All(o => o.Type != t)))
        {
            Error(file, $"no organisation of type {type}");
        }
    }

    private void CheckBuildings()
    {
        const string file = PackageFormat.BuildingsFile;
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(file, PackageFormat.BuildingsHeader))
        {
            string id = row[0];
            Unique(file, buildings, id);
            Unique(file, addresses, row[1]);
            Reference(file, id, districts, row[2]);
            var point = new GeoPoint(ParseDouble(row[3]), ParseDouble(row[4]));
            if (!bounds.Contains(point))
            {
                Error(file, $"{id}: {row[3]},{row[4]} is outside the bounds");
            }

            if (row[5].Length > 0 && (!organisations.TryGetValue(row[5], out var org)
                || org.Type != nameof(OrganisationType.ManagingOrganisation) || org.District != row[2]))
            {
                Error(file, $"{id}: managing_org {row[5]} is not a managing organisation of district {row[2]}");
            }

            int floors = ParseInt(row[6]), flats = ParseInt(row[7]), year = ParseInt(row[8]);
            if (floors is < 2 or > 25 || flats < floors || flats > floors * 6 * 8 || year is < 1930 or > 2025)
            {
                Error(file, $"{id}: implausible floors {floors}, flats {flats} or year {year}");
            }
        }
    }

    private void CheckCategories()
    {
        const string file = PackageFormat.CategoriesFile;
        var rows = ReadCsv(file, PackageFormat.CategoriesHeader);
        var parents = rows.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Unique(file, categories, row[0]);
            string parent = row[1];
            if (parent.Length > 0 && (!parents.TryGetValue(parent, out string? grandParent) || grandParent.Length > 0
                || !row[0].StartsWith(parent + ".", StringComparison.Ordinal)))
            {
                Error(file, $"{row[0]}: parent {parent} is missing, nested or not its prefix");
            }

            if (row[2].Length == 0 || row[3].Length == 0 || row[4].Length == 0)
            {
                Error(file, $"{row[0]}: a name is empty");
            }

            if (row[5] is not ("true" or "false") || row[6] is not ("true" or "false") || !PackageFormat.Groups.Contains(row[7]))
            {
                Error(file, $"{row[0]}: bad flag or group");
            }
        }
    }

    private void CheckResponsibilities()
    {
        const string file = PackageFormat.ResponsibilitiesFile;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(file, PackageFormat.ResponsibilitiesHeader))
        {
            string key = string.Join('|', row[..3]);
            Unique(file, keys, key);
            Reference(file, key, categories, row[0]);
            Reference(file, key, districts, row[1]);
            Reference(file, key, buildings, row[2]);
            if (!organisations.ContainsKey(row[3]))
            {
                Error(file, $"{key}: unknown organisation {row[3]}");
            }
        }
    }

    private void CheckSla()
    {
        const string file = PackageFormat.SlaFile;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, file)));
        foreach (var rule in doc.RootElement.GetProperty("rules").EnumerateArray())
        {
            string category = rule.GetProperty("category").GetString()!;
            string priority = rule.GetProperty("priority").GetString()!;
            bool known = category == "*"
                || (category.StartsWith("group:", StringComparison.Ordinal) && PackageFormat.Groups.Contains(category[6..]))
                || categories.Contains(category);
            if (!known || !Priorities.Contains(priority))
            {
                Error(file, $"rule {category}/{priority} names an unknown category or priority");
            }

            foreach (var stage in rule.GetProperty("stages").EnumerateObject())
            {
                if (!Stages.Contains(stage.Name) || (stage.Name == "localise" && priority != "Emergency")
                    || !Clocks.Contains(stage.Value.GetProperty("clock").GetString()) || stage.Value.GetProperty("minutes").GetInt32() <= 0)
                {
                    Error(file, $"rule {category}/{priority}: bad stage {stage.Name}");
                }
            }
        }
    }

    private List<string[]> ReadCsv(string file, string expectedHeader)
    {
        string path = Path.Combine(directory, file);
        var (header, rows) = CsvReader.Read(path);
        if (header != expectedHeader)
        {
            Error(file, $"header is '{header}', expected '{expectedHeader}'");
        }

        files.Add((file, rows.Count, new FileInfo(path).Length));
        return rows;
    }

    private void CheckNames(string file, string code, string ru, string tt, string en)
    {
        if (ru.Length == 0 || en.Length == 0 || (hasTatar && tt.Length == 0))
        {
            Error(file, $"{code}: a name in one of the city's languages is empty");
        }
    }

    private void Unique(string file, HashSet<string> seen, string value)
    {
        if (value.Length == 0 || !seen.Add(value))
        {
            Error(file, $"empty or duplicate value '{value}'");
        }
    }

    private void Reference(string file, string row, HashSet<string> known, string value)
    {
        if (value.Length > 0 && !known.Contains(value))
        {
            Error(file, $"{row}: unknown reference {value}");
        }
    }

    private void Error(string file, string message) => errors.Add($"{Path.GetFileName(directory)}/{file}: {message}");

    private static DateOnly ParseDate(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int ParseInt(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
