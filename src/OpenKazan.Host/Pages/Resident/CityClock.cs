using System.Globalization;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>Shows stored UTC times in the city's own time zone, the way its residents read a clock.</summary>
public static class CityClock
{
    public static string Format(CurrentTenantAccessor city, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(city);
        return CityZones.LocalText(city.Info?.Zone ?? CityZones.Find("Europe/Moscow"), utc);
    }

    public static string Status(string status) =>
        Enum.TryParse<OpenKazan.Requests.Contracts.RequestStatus>(status, out var parsed)
            ? OpenKazan.Requests.Notifications.StatusNames.In(parsed, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            : status;
}
