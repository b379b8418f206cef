using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OpenKazan.Open311;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Open311;

/// <summary>An Open311 call of Kazan with the given query parameters, as the filter would have prepared it.</summary>
internal static class Open311Calls
{
    public static TenantInfo Kazan { get; } = new()
    {
        Id = Guid.NewGuid(),
        Slug = "kazan",
        Names = new Dictionary<string, string> { ["ru"] = "Казань" },
        RequestNumberPrefix = "KZN",
        TimeZone = "Europe/Moscow",
    };

    public static Open311Call With(params (string Name, string Value)[] parameters) => new()
    {
        City = Kazan,
        Query = new QueryCollection(parameters.GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()))),
    };
}
