using OpenKazan.Open311.Requests;
using OpenKazan.Open311.Services;

namespace OpenKazan.UnitTests.Open311;

public sealed class AttributeValuesTests
{
    private static readonly IReadOnlyList<AttributeDto> Lift = ServiceAttributes.For("lift");

    [Fact]
    public void Known_attributes_are_read_single_and_multiple()
    {
        var (values, error, _) = AttributeValues.Read(Open311Calls.With(
            ("attribute[entrance]", "2"), ("attribute[floor]", "7"), ("attribute[lift_type][]", "freight")), Lift);

        Assert.Null(error);
        Assert.Equal(["2"], values![ServiceAttributes.Entrance]);
        Assert.Equal(["7"], values[ServiceAttributes.Floor]);
        Assert.Equal(["freight"], values[ServiceAttributes.LiftType]);
    }

    [Theory]
    [InlineData("attribute[floor]", "7", "attribute[entrance]")]
    [InlineData("attribute[floor]", "seventh", "attribute[floor]")]
    [InlineData("attribute[lift_type]", "escalator", "attribute[lift_type]")]
    [InlineData("attribute[entrance]", "12345678901234567", "attribute[entrance]")]
    public void Missing_unknown_and_wrong_attributes_are_named(string name, string value, string named)
    {
        // The required entrance is given except where the test is about it.
        var entrance = named == "attribute[entrance]" ? [] : new[] { ("attribute[entrance]", "1") };

        var (values, error, _) = AttributeValues.Read(Open311Calls.With([.. entrance, (name, value)]), Lift);

        Assert.Null(values);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_attributes_are_ignored_and_named_decimals_are_numbers()
    {
        var (values, error, ignored) = AttributeValues.Read(Open311Calls.With(
            ("attribute[entrance]", "2"), ("attribute[floor]", "5,5"), ("attribute[colour]", "red"), ("attribute[fms_extra_title]", "Mr")), Lift);

        Assert.Null(error);
        Assert.Equal(["5,5"], values![ServiceAttributes.Floor]);
        Assert.Equal(["colour", "fms_extra_title"], ignored);
        Assert.Null(AttributeValues.Read(Open311Calls.With(("attribute[entrance]", "2"), ("attribute[floor]", "-2.5")), Lift).Error);
    }

    [Fact]
    public void A_service_without_attributes_ignores_any()
    {
        var (values, error, ignored) = AttributeValues.Read(Open311Calls.With(("attribute[flat]", "12")), ServiceAttributes.For("yard"));

        Assert.Null(error);
        Assert.Empty(values!);
        Assert.Equal(["flat"], ignored);
    }
}
