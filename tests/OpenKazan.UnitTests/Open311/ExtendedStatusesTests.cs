using OpenKazan.Open311.Updates;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.UnitTests.Open311;

public sealed class ExtendedStatusesTests
{
    [Fact]
    public void Every_workflow_status_has_a_published_extended_status()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            Assert.Contains(ExtendedStatuses.Extended(status), ExtendedStatuses.Published);
        }
    }

    [Fact]
    public void An_open_request_never_carries_a_closing_extended_status()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            var open = ExtendedStatuses.Basic(status) == "open";
            Assert.Equal(open, ExtendedStatuses.OpenOnes.Contains(ExtendedStatuses.Extended(status)));
        }
    }

    [Theory]
    [InlineData(RequestStatus.New, "open", "OPEN")]
    [InlineData(RequestStatus.Dispatched, "open", "INVESTIGATING")]
    [InlineData(RequestStatus.Returned, "open", "INVESTIGATING")]
    [InlineData(RequestStatus.Accepted, "open", "ACTION_SCHEDULED")]
    [InlineData(RequestStatus.OnHold, "open", "ACTION_SCHEDULED")]
    [InlineData(RequestStatus.InProgress, "open", "IN_PROGRESS")]
    [InlineData(RequestStatus.Reopened, "open", "OPEN")]
    [InlineData(RequestStatus.Resolved, "closed", "FIXED")]
    [InlineData(RequestStatus.Closed, "closed", "FIXED")]
    [InlineData(RequestStatus.Rejected, "closed", "NO_FURTHER_ACTION")]
    [InlineData(RequestStatus.Cancelled, "closed", "CLOSED")]
    public void Statuses_map_to_basic_and_extended(RequestStatus status, string basic, string extended)
    {
        Assert.Equal(basic, ExtendedStatuses.Basic(status));
        Assert.Equal(extended, ExtendedStatuses.Extended(status));
    }
}
