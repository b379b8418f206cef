namespace OpenKazan.Identity.Domain;

public static class PhoneNumbers
{
    /// <summary>
    /// The comparable form of a phone number: digits only, a leading Russian trunk 8 read as +7, so that
    /// "8 843 ..." typed by an operator finds "+7 843 ..." typed by the resident.
    /// </summary>
    public static string? Digits(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && digits[0] == '8')
        {
            digits = "7" + digits[1..];
        }

        return digits.Length == 0 ? null : digits;
    }
}
