using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Notifications;

/// <summary>Status names residents read, in the three languages.</summary>
public static class StatusNames
{
    private static readonly Dictionary<RequestStatus, (string Ru, string Tt, string En)> Names = new()
    {
        [RequestStatus.New] = ("новая", "яңа", "new"),
        [RequestStatus.Dispatched] = ("передана исполнителю", "башкаручыга тапшырылды", "sent to the organisation"),
        [RequestStatus.Accepted] = ("принята в работу", "эшкә алынды", "accepted"),
        [RequestStatus.InProgress] = ("выполняется", "башкарыла", "in progress"),
        [RequestStatus.OnHold] = ("приостановлена", "туктатылды", "on hold"),
        [RequestStatus.Resolved] = ("выполнена", "үтәлде", "resolved"),
        [RequestStatus.Closed] = ("закрыта", "ябылды", "closed"),
        [RequestStatus.Rejected] = ("отклонена", "кире кагылды", "rejected"),
        [RequestStatus.Returned] = ("возвращена диспетчеру", "диспетчерга кайтарылды", "returned to the dispatcher"),
        [RequestStatus.Reopened] = ("открыта повторно", "яңадан ачылды", "reopened"),
        [RequestStatus.Cancelled] = ("отменена", "юкка чыгарылды", "cancelled"),
    };

    public static string In(RequestStatus status, string culture)
    {
        var (ru, tt, en) = Names[status];
        return culture switch
        {
            "tt" => tt,
            "en" => en,
            _ => ru,
        };
    }
}
