using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.UnitTests.Persistence;

public sealed class OrderedIdsTests
{
    [Fact]
    public void Ids_made_in_one_millisecond_sort_in_the_order_they_were_made_as_bytes_and_as_text()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => OrderedIds.Next()).ToList();

        Assert.All(ids.Zip(ids.Skip(1)), pair => Assert.True(OrderedIds.Compare(pair.First, pair.Second) < 0));
        Assert.Equal(ids.Select(i => i.ToString()), ids.Select(i => i.ToString()).Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.Equal(7, id.Version));
    }
}
