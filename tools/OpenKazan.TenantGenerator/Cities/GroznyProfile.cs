using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Cities;

/// <summary>Grozny: a mid-size city without Tatar (its name_tt fields stay empty).</summary>
internal static class GroznyProfile
{
    public static CityProfile Create() => new()
    {
        Id = Guid.Parse("3d0c7a1e-8a8e-4f53-b7f6-1c2f7b9d5e22"),
        Slug = "grozny",
        Names = new("Грозный", string.Empty, "Grozny"),
        HostNames = [],
        Languages = ["ru", "en"],
        RequestNumberPrefix = "GRZ",
        BuildingIdPrefix = "grz",
        Bounds = new(43.25, 43.38, 45.60, 45.80),
        Branding = new("#9a1c2c", "#2e8540", "Г", LogoShape.Shield),
        Calendar = Holidays.ChechnyaCalendar,
        Seed = 20_262,
        InnPrefixes = ["2014", "2015", "2016"],
        PhoneAreaCode = "+7 8712",
        PhoneLocalDigits = 6,

        // Most of the housing was rebuilt after 2005; a share of older low-rise stock survived.
        Eras =
        [
            new(1950, 1990, 30, [2, 3, 4, 5, 9]),
            new(2005, 2025, 70, [5, 9, 10, 12, 16, 18, 20, 25]),
        ],
        UnmanagedShare = 0.01,
        Districts =
        [
            new("akhmatovsky", new("Ахматовский район", string.Empty, "Akhmatovsky District"),
                new(43.318, 45.694), 0.008, 0.012, 130,
                ["пр. Путина", "пр. Кадырова", "ул. Лорсанова", "пр. Эсамбаева", "ул. Мира", "ул. Маяковского",
                 "ул. Чехова", "ул. Грибоедова", "ул. Жуковского"]),
            new("baysangurovsky", new("Байсангуровский район", string.Empty, "Baysangurovsky District"),
                new(43.296, 45.735), 0.009, 0.014, 100,
                ["ул. Сайханова", "ул. Ханкалинская", "ул. Хмельницкого", "ул. Дагестанская", "ул. Угольная",
                 "ул. Кабардинская"]),
            new("visaitovsky", new("Висаитовский район", string.Empty, "Visaitovsky District"),
                new(43.352, 45.660), 0.009, 0.014, 90,
                ["Старопромысловское шоссе", "ул. Кольцова", "ул. Тухачевского", "ул. Нагорная", "ул. Индустриальная"]),
            new("sheikh-mansurovsky", new("Шейх-Мансуровский район", string.Empty, "Sheikh-Mansurovsky District"),
                new(43.300, 45.648), 0.008, 0.012, 80,
                ["ул. Заводская", "ул. Ипподромная", "ул. Кирова", "ул. Алтайская", "ул. Сахалинская", "ул. Лермонтова"]),
        ],
        Organisations =
        [
            Org.Managing("uk-akhmatovsky", "akhmatovsky", "ООО «УК Ахматовского района»", string.Empty, "Akhmatovsky District Management Company LLC"),
            Org.Managing("uk-baysangurovsky", "baysangurovsky", "ООО «УК Байсангуровского района»", string.Empty, "Baysangurovsky District Management Company LLC"),
            Org.Managing("tszh-minutka", "baysangurovsky", "ТСЖ «Минутка»", string.Empty, "Minutka Homeowners' Association"),
            Org.Managing("uk-visaitovsky", "visaitovsky", "ООО «УК Висаитовского района»", string.Empty, "Visaitovsky District Management Company LLC"),
            Org.Managing("uk-sheikh-mansurovsky", "sheikh-mansurovsky", "ООО «УК Шейх-Мансуровского района»", string.Empty, "Sheikh-Mansurovsky District Management Company LLC"),
            Org.Contractor("liftservice-grozny", "ООО «ЛифтСервис-Грозный»", string.Empty, "LiftService-Grozny LLC"),
            Org.Contractor("krovlya-yug", "ООО «Кровля-Юг»", string.Empty, "Krovlya-Yug Roofing LLC"),
            Org.Supplier("chechvodokanal", "ГУП «Чечводоканал»", string.Empty, "Chechvodokanal State Water Utility"),
            Org.Supplier("teploenergo", "ГУП «Теплоэнерго»", string.Empty, "Teploenergo State Heat Utility"),
            Org.Supplier("chechenenergo", "АО «Чеченэнерго»", string.Empty, "Chechenenergo JSC"),
            Org.Dispatch("edds-zhkh", "МКУ «Единая диспетчерская служба ЖКХ г. Грозного»", string.Empty, "Grozny Unified Housing and Utilities Dispatch Service"),
            Org.Committee("dzhkh", "Департамент ЖКХ Мэрии г. Грозного", string.Empty, "Housing and Utilities Department of the Grozny City Hall"),
        ],
        Responsibilities =
        [
            .. Org.Handles("liftservice-grozny", string.Empty, Org.LiftCategories),
            .. Org.Handles("teploenergo", string.Empty, Org.HeatOutageCategories),
            .. Org.Handles("chechvodokanal", string.Empty, Org.WaterUtilityCategories),
            .. Org.Handles("chechenenergo", string.Empty, "electricity.outage"),
        ],
        BuildingOverrides =
        [
            new(["roof.leak"], "krovlya-yug", string.Empty, 2),
        ],
    };
}
