namespace OpenKazan.BuildingBlocks.Phones;

/// <summary>
/// A phone number as E.164 digits (without the "+"), so the number a caller gives in any form finds the same person:
/// "8 (917) 123-45-67", "89171234567", "+7 917 123-45-67" and "917 123 45 67" are all 79171234567.
/// </summary>
public static class E164
{
    /// <summary>The E.164 digits of the number, a Russian trunk 8 or a bare ten-digit mobile read as +7; null without digits.</summary>
    public static string? Digits(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits switch
        {
            { Length: 0 } => null,
            { Length: 11 } when digits[0] == '8' => "7" + digits[1..],
            { Length: 10 } when digits[0] == '9' => "7" + digits,
            _ => digits,
        };
    }

    /// <summary>The number as stored before numbers were kept as E.164 ("8…"), so older requests are found too.</summary>
    public static IReadOnlyList<string> WithTrunkForm(string e164) =>
        e164.Length == 11 && e164[0] == '7' ? [e164, "8" + e164[1..]] : [e164];

    /// <summary>"+7 917 123-45-67" for a Russian number, "+" and the digits otherwise.</summary>
    public static string Display(string e164) =>
        e164.Length == 11 && e164[0] == '7' ? $"+7 {e164[1..4]} {e164[4..7]}-{e164[7..9]}-{e164[9..]}" : "+" + e164;
}
