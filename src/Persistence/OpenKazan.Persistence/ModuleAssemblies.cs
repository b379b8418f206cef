using System.Reflection;

namespace OpenKazan.Persistence;

/// <summary>The modules that own city tables; a new module with data adds its assembly here.</summary>
public static class ModuleAssemblies
{
    public static IReadOnlyList<Assembly> WithCityData { get; } =
    [
        typeof(Registry.Domain.Building).Assembly,
        typeof(Sla.Policy.SlaPolicy).Assembly,
        typeof(Requests.Domain.ServiceRequest).Assembly,
        typeof(Open311.ApiKeys.ApiKey).Assembly,
        typeof(Feedback.Domain.RequestFeedback).Assembly,
        typeof(Analytics.Facts.RequestFact).Assembly,
    ];
}
