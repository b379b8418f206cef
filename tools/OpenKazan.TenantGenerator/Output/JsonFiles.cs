using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Output;

/// <summary>Writes tenant.json and sla.json in the shapes of docs/tenant-package.md.</summary>
internal static class JsonFiles
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Keep Cyrillic (incl. the Tatar letters ә ө ү җ ң һ) readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic),
    };

    public static void WriteTenant(CityProfile profile, string path) => Write(path, json =>
    {
        json.WriteStartObject();
        json.WriteString("id", profile.Id.ToString("D"));
        json.WriteString("slug", profile.Slug);
        json.WriteStartObject("names");
        foreach (string language in profile.Languages)
        {
            json.WriteString(language, Name(profile.Names, language));
        }

        json.WriteEndObject();
        WriteStrings(json, "hostNames", profile.HostNames);
        json.WriteString("status", "Active");
        json.WriteString("timeZone", "Europe/Moscow");
        json.WriteString("defaultCulture", "ru");
        WriteStrings(json, "languages", profile.Languages);
        json.WriteString("requestNumberPrefix", profile.RequestNumberPrefix);

        json.WriteStartObject("bounds");
        json.WriteNumber("minLat", profile.Bounds.MinLat);
        json.WriteNumber("maxLat", profile.Bounds.MaxLat);
        json.WriteNumber("minLong", profile.Bounds.MinLong);
        json.WriteNumber("maxLong", profile.Bounds.MaxLong);
        json.WriteEndObject();

        json.WriteStartObject("branding");
        json.WriteString("primaryColor", profile.Branding.PrimaryColor);
        json.WriteString("accentColor", profile.Branding.AccentColor);
        json.WriteString("logo", PackageFormat.LogoFile);
        json.WriteEndObject();

        WriteCalendar(json, profile.Calendar);

        json.WriteStartObject("isolation");
        json.WriteString("mode", "SharedDatabase");
        json.WriteEndObject();
        json.WriteEndObject();
    });

    public static void WriteSla(string path) => Write(path, json =>
    {
        json.WriteStartObject();
        json.WriteString("template", SlaTemplate.Name);
        json.WriteNumber("warningAtPercent", SlaTemplate.WarningAtPercent);
        json.WriteNumber("reopenWindowDays", SlaTemplate.ReopenWindowDays);
        json.WriteNumber("autoCloseAfterDays", SlaTemplate.AutoCloseAfterDays);

        json.WriteStartArray("escalation");
        foreach (var step in SlaTemplate.Escalation)
        {
            json.WriteStartObject();
            json.WriteNumber("level", step.Level);
            json.WriteString("notify", step.Notify);
            json.WriteNumber("afterBreachMinutes", step.AfterBreachMinutes);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("rules");
        foreach (var rule in SlaTemplate.Rules)
        {
            json.WriteStartObject();
            json.WriteString("category", rule.Category);
            json.WriteString("priority", rule.Priority);
            json.WriteStartObject("stages");
            foreach (var stage in rule.Stages)
            {
                json.WriteStartObject(stage.Name);
                json.WriteNumber("minutes", stage.Minutes);
                json.WriteString("clock", stage.Clock.ToString());
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteCalendar(Utf8JsonWriter json, WorkCalendar calendar)
    {
        json.WriteStartObject("calendar");
        json.WriteStartObject("workingHours");
        foreach (var (day, start, end) in WorkingWeek.Hours)
        {
            WriteStrings(json, JsonNamingPolicy.CamelCase.ConvertName(day.ToString()), [Time(start), Time(end)]);
        }

        json.WriteEndObject();
        WriteStrings(json, "holidays", calendar.Holidays.Select(Date).ToList());

        json.WriteStartArray("shortenedDays");
        foreach (var date in calendar.ShortenedDays)
        {
            json.WriteStartObject();
            json.WriteString("date", Date(date));
            json.WriteString("end", Time(WorkingWeek.ShortenedEnd(date)));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Working Saturdays come only from a federal transfer decree; none of 2026 applies to a 5-day week.
        WriteStrings(json, "extraWorkingDays", []);
        json.WriteEndObject();
    }

    private static string Name(LocalizedName names, string language) => language switch
    {
        "ru" => names.Ru,
        "tt" => names.Tt,
        "en" => names.En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown package language."),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Write(string path, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(path, stream.ToArray());
    }
}
