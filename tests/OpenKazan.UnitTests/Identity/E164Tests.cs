using OpenKazan.BuildingBlocks.Phones;

namespace OpenKazan.UnitTests.Identity;

public sealed class E164Tests
{
    [Theory]
    [InlineData("89171234567")]
    [InlineData("8 (917) 123-45-67")]
    [InlineData("8-917-123-45-67")]
    [InlineData("+7 917 123-45-67")]
    [InlineData("+7(917)1234567")]
    [InlineData("917 123 45 67")]
    public void Every_way_of_typing_a_Russian_mobile_gives_one_number(string typed) =>
        Assert.Equal("79171234567", E164.Digits(typed));

    [Fact]
    public void A_number_reads_back_as_people_write_it_and_older_rows_are_found_in_their_trunk_form()
    {
        Assert.Equal("+7 917 123-45-67", E164.Display("79171234567"));
        Assert.Equal(["79171234567", "89171234567"], E164.WithTrunkForm("79171234567"));
        Assert.Equal(["4930123456"], E164.WithTrunkForm("4930123456"));
    }
}
