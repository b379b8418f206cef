using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Common;

/// <summary>
/// The request categories, identical in every demo city so that analytics compare like with like.
/// Two levels: one parent per analytics group (its code is the group code) and the concrete problems under it.
/// Emergency = the Decree 416 "аварийная заявка" cases; photos are required where the state is visible from outside.
/// </summary>
internal static class Categories
{
    public static IReadOnlyList<Category> All { get; } = Build();

    private static List<Category> Build()
    {
        var list = new List<Category>();

        void Group(string group, string ru, string tt, string en, bool photo, params (string Code, string Ru, string Tt, string En, bool Emergency)[] items)
        {
            list.Add(new Category(group, string.Empty, new LocalizedName(ru, tt, en), false, photo, group));
            foreach (var item in items)
            {
                list.Add(new Category($"{group}.{item.Code}", group, new LocalizedName(item.Ru, item.Tt, item.En), item.Emergency, photo, group));
            }
        }

        Group("heating", "Отопление", "Җылыту", "Heating", false,
            ("no-heat", "Отсутствие отопления", "Җылыту юк", "No heating", true),
            ("low-temperature", "Низкая температура в квартире", "Фатирда температура түбән", "Low temperature in the flat", false));
        Group("water", "Водоснабжение", "Су белән тәэмин итү", "Water supply", false,
            ("leak", "Авария водопровода", "Су үткәргеч авариясе", "Water main burst", true),
            ("no-cold", "Отсутствие холодной воды", "Салкын су юк", "No cold water", false),
            ("no-hot", "Отсутствие горячей воды", "Кайнар су юк", "No hot water", false));
        Group("sewerage", "Канализация", "Канализация", "Sewerage", false,
            ("blockage", "Засор канализации", "Канализация тыгылуы", "Sewer blockage", true));
        Group("electricity", "Электроснабжение", "Электр белән тәэмин итү", "Electricity", false,
            ("outage", "Отключение электроэнергии", "Электр энергиясе сүндерелү", "Power outage", true),
            ("stairwell-lighting", "Не горит свет в подъезде", "Подъездда ут янмый", "No lighting in the stairwell", false));
        Group("lift", "Лифт", "Лифт", "Lift", false,
            ("stuck", "Застревание в лифте", "Лифтта калу", "Person stuck in a lift", true),
            ("out-of-order", "Лифт не работает", "Лифт эшләми", "Lift out of order", false));
        Group("roof", "Кровля", "Түбә", "Roof", true,
            ("leak", "Протечка кровли", "Түбәдән су агу", "Roof leak", true),
            ("icicles", "Сосульки и наледь на кровле", "Түбәдә боз сөңгеләре һәм боз", "Icicles and ice on the roof", false));
        Group("yard", "Двор и благоустройство", "Ишегалды һәм төзекләндерү", "Yard and landscaping", true,
            ("cleaning", "Уборка двора", "Ишегалдын җыештыру", "Yard cleaning", false),
            ("snow", "Уборка снега", "Кар чистарту", "Snow clearing", false),
            ("improvement", "Благоустройство", "Төзекләндерү", "Landscaping and playgrounds", false));
        Group("rubbish", "Мусор", "Чүп", "Rubbish", true,
            ("collection", "Вывоз мусора", "Чүп чыгару", "Rubbish collection", false),
            ("chute", "Засор мусоропровода", "Чүп үткәргеч тыгылуы", "Rubbish chute blockage", false));
        Group("facade", "Фасад", "Фасад", "Facade", true,
            ("damage", "Разрушение фасада", "Фасад җимерелүе", "Facade damage", false));
        Group("other", "Прочее", "Башка", "Other", false,
            ("entrance", "Ремонт подъезда", "Подъезд ремонты", "Entrance hall repair", false),
            ("other", "Другая проблема", "Башка проблема", "Other problem", false));

        return list;
    }
}
