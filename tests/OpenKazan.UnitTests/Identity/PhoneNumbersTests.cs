using OpenKazan.Identity.Domain;

namespace OpenKazan.UnitTests.Identity;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+7 (843) 296-12-75", "78432961275")]
    [InlineData("8 843 296 12 75", "78432961275")]
    [InlineData("296-12-75", "2961275")]
    [InlineData("no digits", null)]
    [InlineData(null, null)]
    public void Phone_numbers_compare_by_digits_with_the_trunk_8_read_as_7(string? phone, string? digits) =>
        Assert.Equal(digits, PhoneNumbers.Digits(phone));
}
