using Microsoft.Extensions.Configuration;

namespace OpenKazan.Requests.Notifications;

/// <summary>
/// Texts of notifications per city and language. Built-in texts exist in ru, tt and en; a city may override any of
/// them in configuration under <c>Requests:Templates:{city slug}:{language}:{template}:Subject|Body</c>.
/// Placeholders: {number}, {status}, {reason}, {deadline}, {link}. Every body ends with the lines that apply: the current
/// stage's deadline (local time) and the link to follow the request, so a reader never has to ask "by when" or "where".
/// </summary>
public sealed class NotificationTemplates(IConfiguration configuration)
{
    public const string StatusChanged = "status-changed";
    public const string Submitted = "submitted";
    public const string Escalation = "sla-escalation";

    private static readonly Dictionary<(string Language, string Template), (string Subject, string Body)> BuiltIn = new()
    {
        [("ru", Submitted)] = ("Обращение {number} зарегистрировано", "Ваше обращение {number} зарегистрировано. Мы сообщим о каждом изменении."),
        [("tt", Submitted)] = ("{number} мөрәҗәгате теркәлде", "Сезнең {number} мөрәҗәгатегез теркәлде. Һәр үзгәреш турында хәбәр итәрбез."),
        [("en", Submitted)] = ("Request {number} registered", "Your request {number} has been registered. We will tell you of every change."),
        [("ru", StatusChanged)] = ("Обращение {number}: {status}", "Статус обращения {number}: {status}. {reason}"),
        [("tt", StatusChanged)] = ("{number} мөрәҗәгате: {status}", "{number} мөрәҗәгатенең статусы: {status}. {reason}"),
        [("en", StatusChanged)] = ("Request {number}: {status}", "Request {number} is now {status}. {reason}"),
        [("ru", Escalation)] = ("Просрочено обращение {number}", "Срок по обращению {number} нарушен ({status}). {reason}"),
        [("tt", Escalation)] = ("{number} мөрәҗәгате вакытында үтәлмәде", "{number} мөрәҗәгате буенча вакыт бозылды ({status}). {reason}"),
        [("en", Escalation)] = ("Request {number} is overdue", "The deadline of request {number} was missed ({status}). {reason}"),
    };

    private static readonly Dictionary<(string Language, string Placeholder), string> EndLines = new()
    {
        [("ru", "deadline")] = "Срок текущего этапа: {deadline} (местное время).",
        [("tt", "deadline")] = "Хәзерге этап вакыты: {deadline} (җирле вакыт).",
        [("en", "deadline")] = "Current stage due by {deadline} (local time).",
        [("ru", "link")] = "Обращение на сайте: {link}",
        [("tt", "link")] = "Мөрәҗәгать сайтта: {link}",
        [("en", "link")] = "Follow it online: {link}",
    };

    private static readonly string[] EndLineOrder = ["deadline", "link"];

    public (string Subject, string Body) Render(string citySlug, string language, string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lang = BuiltIn.ContainsKey((language, template)) ? language : "ru";
        var (subject, body) = BuiltIn[(lang, template)];
        var section = configuration.GetSection($"Requests:Templates:{citySlug}:{lang}:{template}");
        subject = section["Subject"] ?? subject;
        body = section["Body"] ?? body;
        var endLines = EndLineOrder
            .Where(p => !body.Contains("{" + p + "}", StringComparison.Ordinal) && values.TryGetValue(p, out var v) && v.Length > 0)
            .Select(p => Fill(EndLines[(lang, p)], values));
        return (Fill(subject, values), string.Join("\n\n", endLines.Prepend(Fill(body, values).Trim())));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(text, (t, v) => t.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
}
