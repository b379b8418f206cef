using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Notifications;

/// <summary>Status names residents read, in the three languages; in Russian they agree with "обращение" (neuter).</summary>
public static class StatusNames
{
    private static readonly Dictionary<RequestStatus, (string Ru, string Tt, string En)> Names = new()
    {
        [RequestStatus.New] = ("новое", "яңа", "new"),
        [RequestStatus.Dispatched] = ("передано исполнителю", "башкаручыга тапшырылды", "sent to the organisation"),
        [RequestStatus.Accepted] = ("принято в работу", "эшкә алынды", "accepted"),
        [RequestStatus.InProgress] = ("выполняется", "башкарыла", "in progress"),
        [RequestStatus.OnHold] = ("приостановлено", "туктатылды", "on hold"),
        [RequestStatus.Resolved] = ("выполнено", "үтәлде", "resolved"),
        [RequestStatus.Closed] = ("закрыто", "ябылды", "closed"),
        [RequestStatus.Rejected] = ("отклонено", "кире кагылды", "rejected"),
        [RequestStatus.Returned] = ("возвращено диспетчеру", "диспетчерга кайтарылды", "returned to the dispatcher"),
        [RequestStatus.Reopened] = ("открыто повторно", "яңадан ачылды", "reopened"),
        [RequestStatus.Cancelled] = ("отменено", "юкка чыгарылды", "cancelled"),
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
