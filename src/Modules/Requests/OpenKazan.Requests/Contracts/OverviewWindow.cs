using OpenKazan.Requests.Overview;
namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The period every overview measures over, the committee's city page and the central team's list of cities alike:
/// SLA compliance on the stage deadlines due in it, and the requests resolved or registered in it.
/// </summary>
public static class OverviewWindow
{
    public const int Days = 30;

    public static DateTime StartsAt(DateTime now) => now.AddDays(-Days);
}
