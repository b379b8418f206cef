using OpenKazan.Open311.Updates;
using OpenKazan.Requests.Domain;

namespace OpenKazan.UnitTests.Open311;

public sealed class ExtendedStatusesTests
{
    [Fact]
    public void Every_workflow_status_has_an_extended_status_of_the_list()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            Assert.Contains(ExtendedStatuses.Extended(status), ExtendedStatuses.All);
        }
    }

    [Theory]
    [InlineData(RequestStatus.New, "open", "INVESTIGATING")]
    [InlineData(RequestStatus.Dispatched, "open", "INTERNAL_REFERRAL")]
    [InlineData(RequestStatus.Accepted, "open", "ACTION_SCHEDULED")]
    [InlineData(RequestStatus.InProgress, "open", "IN_PROGRESS")]
    [InlineData(RequestStatus.Reopened, "open", "REOPEN")]
    [InlineData(RequestStatus.Resolved, "closed", "FIXED")]
    [InlineData(RequestStatus.Closed, "closed", "CLOSED")]
    [InlineData(RequestStatus.Rejected, "closed", "NO_FURTHER_ACTION")]
    [InlineData(RequestStatus.Cancelled, "closed", "CANCELLED")]
    public void Statuses_map_to_basic_and_extended(RequestStatus status, string basic, string extended)
    {
        Assert.Equal(basic, ExtendedStatuses.Basic(status));
        Assert.Equal(extended, ExtendedStatuses.Extended(status));
    }
}
