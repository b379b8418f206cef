using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>The one JSON shape of a city definition, in packages and in the catalog.</summary>
public static class TenantJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TenantInfo Parse(string json) =>
        JsonSerializer.Deserialize<TenantInfo>(json, Options)
        ?? throw new JsonException("tenant.json is empty.");

    public static string Write(TenantInfo tenant) => JsonSerializer.Serialize(tenant, Options);
}
