using System.Text.Json.Serialization;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Services;

internal sealed record AttributeValueDto(string Key, string Name);

/// <summary>One extra field of a service, as GeoReport v2 describes it in a service definition.</summary>
internal sealed record AttributeDto(
    bool Variable, string Code, string Datatype, bool Required, string DatatypeDescription, int Order, string Description,
    IReadOnlyList<AttributeValueDto> Values)
{
    /// <summary>The longest value of a <c>string</c> attribute, as its <see cref="DatatypeDescription"/> tells clients.</summary>
    [JsonIgnore]
    public int MaxLength { get; init; } = RequestText.MaxLength;
}

internal sealed record ServiceDefinitionDto(string ServiceCode, IReadOnlyList<AttributeDto> Attributes);

/// <summary>
/// The extra fields a client may send, per category group. Kept static and small on purpose: they are what a
/// contractor needs to find the problem in the building, and <c>flat</c> and <c>entrance</c> are columns of the request.
/// </summary>
internal static class ServiceAttributes
{
    public const string Flat = "flat";
    public const string Entrance = "entrance";
    public const string Floor = "floor";
    public const string LiftType = "lift_type";

    private static readonly AttributeDto FlatAttribute = new(
        true, Flat, "string", false, "Up to 16 characters", 1, "Flat number, if the problem is in a flat", []) { MaxLength = 16 };

    private static readonly AttributeDto[] LiftAttributes =
    [
        new(true, Entrance, "string", true, "Up to 16 characters", 1, "Entrance (stairwell) of the lift", []) { MaxLength = 16 },
        new(true, Floor, "number", false, "A number (a decimal point or comma allowed)", 2, "Floor where the lift stopped", []),
        new(true, LiftType, "singlevaluelist", false, "One of the keys listed", 3, "Which lift",
            [new("passenger", "Passenger lift"), new("freight", "Freight lift")]),
    ];

    public static IReadOnlyList<AttributeDto> For(string group) => group switch
    {
        "lift" => LiftAttributes,
        "heating" or "water" or "sewerage" or "electricity" => [FlatAttribute],
        _ => [],
    };
}
