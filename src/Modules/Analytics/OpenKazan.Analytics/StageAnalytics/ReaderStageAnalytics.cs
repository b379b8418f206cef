using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.StageAnalytics;

/// <summary>The stage analytics of the current city within the current reader's scope (<see cref="AnalyticsAccess"/>), for the API and the page.</summary>
internal sealed class ReaderStageAnalytics(StageReport report, ICurrentTenant tenant, ICurrentUser user) : IStageAnalytics
{
    private ReportScope? Scope => AnalyticsAccess.ScopeFor(user, tenant.Id!.Value);

    public bool Allowed => Scope is not null;

    public async Task<IReadOnlyList<StageLink>> LinksAsync(DateOnly from, DateOnly to, int minRequests, CancellationToken ct) =>
        Scope is { } scope ? await report.RunAsync(scope, from, to, minRequests, AnalyticsAccess.Culture, ct) : [];

    public async Task<StageLink?> LinkAsync(Guid organisation, Guid category, DateOnly from, DateOnly to, CancellationToken ct) =>
        Scope is { } scope ? await report.LinkAsync(scope, organisation, category, from, to, AnalyticsAccess.Culture, ct) : null;

    public async Task<IReadOnlyList<StageDrillRow>> DrillAsync(
        Guid organisation, Guid category, DateOnly from, DateOnly to, int limit, CancellationToken ct) =>
        Scope is { } scope ? await report.DrillAsync(scope, organisation, category, from, to, limit, ct) : [];
}
