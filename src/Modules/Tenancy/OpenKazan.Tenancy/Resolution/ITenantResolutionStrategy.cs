using Microsoft.AspNetCore.Http;

namespace OpenKazan.Tenancy.Resolution;

/// <summary>One way of finding the city of a request; null means "this strategy has no opinion".</summary>
internal interface ITenantResolutionStrategy
{
    TenantResolution? Resolve(HttpRequest request);
}
