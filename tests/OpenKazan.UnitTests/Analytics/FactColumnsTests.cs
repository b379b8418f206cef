using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Facts;
using OpenKazan.Analytics.ReportConstructor;

namespace OpenKazan.UnitTests.Analytics;

public sealed class FactColumnsTests
{
    private static readonly Guid City = Guid.NewGuid();
    private static readonly Guid District = Guid.NewGuid();

    private static RequestFact Fact(Guid id, string status, int? resolveMinutes, int? score = null) => new()
    {
        RequestId = id,
        TenantId = City,
        RegisteredOn = new DateOnly(2026, 11, 2),
        DistrictId = District,
        CategoryId = Guid.NewGuid(),
        CategoryGroup = "heating",
        Channel = "Web",
        RequesterKind = "Person",
        Status = status,
        Priority = "Normal",
        Resolved = status == "Resolved",
        ResolveMinutes = resolveMinutes,
        ResolveOnTime = resolveMinutes is null ? null : resolveMinutes < 100,
        FeedbackScore = score,
    };

    private static ReportQuery Query(string[] dimensions, string[] measures) =>
        ReportValidation.Validate(new ReportSpec(dimensions, measures, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), false, out _)!;

    [Fact]
    public void A_fact_put_again_replaces_its_row()
    {
        var columns = new FactColumns();
        var id = Guid.NewGuid();
        columns.Put(Fact(id, "InProgress", null));
        columns.Put(Fact(Guid.NewGuid(), "Resolved", 50));

        columns.Put(Fact(id, "Resolved", 150, score: 2));

        Assert.Equal(2, columns.Count);
        var table = ColumnarReport.Group([columns], Query(["status"], ["count", "median.resolve", "onTimeShare.resolve", "averageFeedback"]), null,
            new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var resolved = Assert.Single(table.Groups.Values);
        Assert.Equal(["Resolved"], resolved.Keys);
        Assert.Equal([2.0, 100.0, 0.5, 2.0], resolved.Values.Select(v => v!.Value));
    }

    [Fact]
    public void Rows_outside_the_period_filters_or_organisation_are_left_out_and_unknowns_are_skipped()
    {
        var columns = new FactColumns();
        columns.Put(Fact(Guid.NewGuid(), "Resolved", 10));
        var late = Fact(Guid.NewGuid(), "Resolved", 30);
        late.RegisteredOn = new DateOnly(2026, 12, 1);
        columns.Put(late);
        columns.Put(Fact(Guid.NewGuid(), "New", null));

        var all = ColumnarReport.Group([columns], Query([], ["count", "median.resolve"]), null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var ofAnOrganisation = ColumnarReport.Group([columns], Query([], ["count"]), Guid.NewGuid(), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal([2.0, 10.0], Assert.Single(all.Groups.Values).Values.Select(v => v!.Value));
        Assert.Equal(0.0, Assert.Single(ofAnOrganisation.Groups.Values).Values[0]);
    }
}
