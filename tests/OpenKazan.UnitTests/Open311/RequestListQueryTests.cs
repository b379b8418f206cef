using OpenKazan.Open311.Requests;

namespace OpenKazan.UnitTests.Open311;

public sealed class RequestListQueryTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void By_default_the_last_90_days_and_at_most_1000_requests()
    {
        var (query, error) = RequestListQuery.Parse(Open311Calls.With(), Now);

        Assert.Null(error);
        Assert.Equal(Now, query!.End);
        Assert.Equal(Now.AddDays(-90), query.Start);
        Assert.Equal(1000, query.PageSize);
        Assert.Equal(1, query.Page);
        Assert.Null(query.Open);
    }

    [Fact]
    public void Ids_status_codes_and_paging_are_read()
    {
        var (query, _) = RequestListQuery.Parse(Open311Calls.With(
            ("service_request_id", "KZN-2026-000001, KZN-2026-000002"), ("status", "open"), ("service_code", "lift.stuck"),
            ("page", "2"), ("page_size", "10"), ("extensions", "true")), Now);

        Assert.Equal(["KZN-2026-000001", "KZN-2026-000002"], query!.Ids);
        Assert.True(query.Open);
        Assert.Equal(["lift.stuck"], query.ServiceCodes);
        Assert.Equal((2, 10, true), (query.Page, query.PageSize, query.Extensions));
    }

    [Theory]
    [InlineData("start_date", "2026-01-01T00:00:00Z")]
    [InlineData("start_date", "not a date")]
    [InlineData("end_date", "2020-13-45")]
    [InlineData("status", "pending")]
    [InlineData("page", "0")]
    [InlineData("page_size", "1001")]
    [InlineData("page_size", "ten")]
    [InlineData("extensions", "yes")]
    public void A_bad_parameter_is_named_in_the_error(string name, string value)
    {
        var (query, error) = RequestListQuery.Parse(Open311Calls.With((name, value)), Now);

        Assert.Null(query);
        Assert.Contains(name, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var (query, _) = RequestListQuery.Parse(Open311Calls.With(("start_date", "2026-11-20T00:00:00Z"), ("end_date", "2026-11-10T00:00:00Z")), Now);

        Assert.Null(query);
    }
}
