using OpenKazan.BuildingBlocks.Phones;

namespace OpenKazan.Identity.Domain;

public static class PhoneNumbers
{
    /// <summary>
    /// The comparable form of a phone number (<see cref="E164"/>), so that "8 843 ..." typed by an operator finds
    /// "+7 843 ..." typed by the resident.
    /// </summary>
    public static string? Digits(string? phone) => E164.Digits(phone);
}
