using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Cities;

/// <summary>Kazan: the full-size demo city (about 2,400 buildings in 7 districts, 40 organisations).</summary>
internal static class KazanProfile
{
    public static CityProfile Create() => new()
    {
        Id = Guid.Parse("6f1c2b0e-6a57-4c39-9d2a-0b9b8f0e4a11"),
        Slug = "kazan",
        Names = new("Казань", "Казан", "Kazan"),
        HostNames = [],
        Languages = ["ru", "tt", "en"],
        RequestNumberPrefix = "KZN",
        BuildingIdPrefix = "kzn",
        Bounds = new(55.70, 55.90, 48.95, 49.30),
        Branding = new("#0b6e4f", "#f2a900", "К", LogoShape.Circle),
        Calendar = Holidays.TatarstanCalendar,
        Seed = 20_261,
        InnPrefixes = ["1655", "1656", "1657", "1658", "1659", "1660", "1661"],
        PhoneAreaCode = "+7 843",
        PhoneLocalDigits = 7,
        Eras =
        [
            new(1930, 1955, 6, [2, 3, 4, 5]),
            new(1956, 1970, 20, [4, 5]),
            new(1971, 1990, 30, [5, 9, 10, 12, 14, 16]),
            new(1991, 2010, 20, [5, 9, 10, 12, 14, 16, 17]),
            new(2011, 2025, 24, [9, 10, 12, 14, 16, 17, 18, 19, 20, 22, 24, 25]),
        ],
        UnmanagedShare = 0.01,
        Districts = KazanDistricts.All,
        Organisations = Organisations(),
        Responsibilities =
        [
            // One lift contractor serves the city; the northern and eastern districts have their own.
            .. Org.Handles("liftremont", string.Empty, Org.LiftCategories),
            .. Org.Handles("kazanliftservice", "aviastroitelny", Org.LiftCategories),
            .. Org.Handles("kazanliftservice", "novo-savinovsky", Org.LiftCategories),
            .. Org.Handles("kazanliftservice", "sovetsky", Org.LiftCategories),

            // Heat networks: Kazenergo city-wide, Tatenergo's networks in the north.
            .. Org.Handles("kazenergo", string.Empty, Org.HeatOutageCategories),
            .. Org.Handles("tatenergo", "aviastroitelny", Org.HeatOutageCategories),
            .. Org.Handles("tatenergo", "novo-savinovsky", Org.HeatOutageCategories),

            .. Org.Handles("vodokanal", string.Empty, Org.WaterUtilityCategories),
            .. Org.Handles("tatenergosbyt", string.Empty, "electricity.outage"),
        ],
        BuildingOverrides =
        [
            new(["roof.leak"], "krovlya-service", string.Empty, 4),
            new(["facade.damage"], "fasadstroy", string.Empty, 3),

            // A few Sovetsky buildings kept their old lift contract (beats the district row).
            new(Org.LiftCategories, "liftremont", "sovetsky", 2),

            // Old centre houses with their own boiler room.
            new(["heating.no-heat", "heating.low-temperature"], "teploremservice", "vakhitovsky", 2),
            new(["electricity.stairwell-lighting"], "elektroservice", "novo-savinovsky", 3),
        ],
    };

    private static List<OrganisationSpec> Organisations() =>
    [
        DistrictCompany("uk-zhkh-aviastroitelny", "aviastroitelny", "Авиастроительного", "Авиатөзелеш", "Aviastroitelny"),
        Company("uk-sotsgorod", "aviastroitelny", "Соцгород", "Sotsgorod"),
        Company("uk-aviator", "aviastroitelny", "Авиатор", "Aviator"),
        Hoa("tszh-karavaevo", "aviastroitelny", "Караваево", "Karavaevo"),

        DistrictCompany("uk-zhkh-vakhitovsky", "vakhitovsky", "Вахитовского", "Вахитов", "Vakhitovsky"),
        Company("uk-uyut", "vakhitovsky", "Уютный дом", "Uyutny Dom"),
        Company("uk-staraya-kazan", "vakhitovsky", "Старая Казань", "Staraya Kazan"),
        Hoa("tszh-kremlyovskaya", "vakhitovsky", "Кремлёвская набережная", "Kremlyovskaya Naberezhnaya"),

        DistrictCompany("uk-zhkh-kirovsky", "kirovsky", "Кировского", "Киров", "Kirovsky"),
        Company("uk-volzhsky-bereg", "kirovsky", "Волжский берег", "Volzhsky Bereg"),
        Hoa("tszh-zalesny", "kirovsky", "Залесный", "Zalesny"),

        DistrictCompany("uk-zhkh-moskovsky", "moskovsky", "Московского", "Мәскәү", "Moskovsky"),
        Company("uk-yashlek", "moskovsky", "Яшьлек", "Yashlek"),
        Hoa("tszh-voskhod", "moskovsky", "Восход", "Voskhod"),

        DistrictCompany("uk-zhkh-novo-savinovsky", "novo-savinovsky", "Ново-Савиновского", "Яңа Савин", "Novo-Savinovsky"),
        Company("uk-yamashevsky", "novo-savinovsky", "Ямашевский", "Yamashevsky"),
        Company("uk-kazanka", "novo-savinovsky", "Казанка", "Kazanka"),
        Hoa("tszh-chistopolskaya", "novo-savinovsky", "Чистопольская", "Chistopolskaya"),

        DistrictCompany("uk-zhkh-privolzhsky", "privolzhsky", "Приволжского", "Идел буе", "Privolzhsky"),
        Company("uk-gorki", "privolzhsky", "Горки", "Gorki"),
        Hoa("tszh-beryozka", "privolzhsky", "Берёзка", "Beryozka"),

        DistrictCompany("uk-zhkh-sovetsky", "sovetsky", "Советского", "Совет", "Sovetsky"),
        Company("uk-azino", "sovetsky", "Азино", "Azino"),
        Company("uk-komfort-service", "sovetsky", "Комфорт-Сервис", "Komfort-Service"),
        Hoa("tszh-solnechny", "sovetsky", "Солнечный", "Solnechny"),

        Org.Contractor("liftremont", "ООО «Лифтремонт»", "«Лифтремонт» ҖЧҖ", "Liftremont LLC"),
        Org.Contractor("kazanliftservice", "ООО «КазаньЛифтСервис»", "«КазаньЛифтСервис» ҖЧҖ", "KazanLiftService LLC"),
        Org.Contractor("krovlya-service", "ООО «Кровля-Сервис»", "«Кровля-Сервис» ҖЧҖ", "Krovlya-Service Roofing LLC"),
        Org.Contractor("fasadstroy", "ООО «ФасадСтрой»", "«ФасадСтрой» ҖЧҖ", "FasadStroy LLC"),
        Org.Contractor("teploremservice", "ООО «ТеплоРемСервис»", "«ТеплоРемСервис» ҖЧҖ", "TeploRemService LLC"),
        Org.Contractor("elektroservice", "ООО «Электросервис-Казань»", "«Электросервис-Казань» ҖЧҖ", "Elektroservice-Kazan LLC"),
        Org.Contractor("ecoservice", "ООО «Экосервис»", "«Экосервис» ҖЧҖ", "Ecoservice Waste Collection LLC"),
        Org.Contractor("zelyony-gorod", "ООО «Зелёный город»", "«Яшел шәһәр» ҖЧҖ", "Zelyony Gorod Landscaping LLC"),

        Org.Supplier("vodokanal", "МУП «Водоканал»", "«Водоканал» МУП", "Vodokanal Municipal Water Utility"),
        Org.Supplier("kazenergo", "АО «Казэнерго»", "«Казэнерго» АҖ", "Kazenergo JSC"),
        Org.Supplier("tatenergo", "АО «Татэнерго»", "«Татэнерго» АҖ", "Tatenergo JSC"),
        Org.Supplier("tatenergosbyt", "АО «Татэнергосбыт»", "«Татэнергосбыт» АҖ", "Tatenergosbyt JSC"),
        Org.Supplier("gazprom-gr-kazan", "АО «Газпром газораспределение Казань»", "«Газпром газораспределение Казань» АҖ", "Gazprom Gas Distribution Kazan JSC"),

        Org.Dispatch("edds-zhkh", "МКУ «Единая диспетчерская служба ЖКХ»", "«ТКХның бердәм диспетчерлык хезмәте» МКУ", "Unified Housing and Utilities Dispatch Service"),
        Org.Committee("kzhkh", "Комитет ЖКХ г. Казани", "Казан шәһәре ТКХ комитеты", "Kazan Housing and Utilities Committee"),
    ];

    // The big municipal-era company of each district, e.g. ООО «УК ЖКХ Московского района».
    private static OrganisationSpec DistrictCompany(string code, string district, string ruGenitive, string tt, string en) =>
        Org.Managing(code, district,
            $"ООО «УК ЖКХ {ruGenitive} района»",
            $"«{tt} районы ТКХ ИК» ҖЧҖ",
            $"{en} District Housing Management Company LLC");

    // Proper names in quotes stay in Russian in the Tatar name, as on real signboards.
    private static OrganisationSpec Company(string code, string district, string name, string en) =>
        Org.Managing(code, district, $"ООО «УК „{name}“»", $"«{name}» ИК ҖЧҖ", $"{en} Management Company LLC");

    private static OrganisationSpec Hoa(string code, string district, string name, string en) =>
        Org.Managing(code, district, $"ТСЖ «{name}»", $"«{name}» ТМШ", $"{en} Homeowners' Association");
}
