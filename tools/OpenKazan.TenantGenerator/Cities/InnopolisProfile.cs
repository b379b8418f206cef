using OpenKazan.TenantGenerator.Common;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Cities;

/// <summary>Innopolis: a small new town with one district and a custom host name.</summary>
internal static class InnopolisProfile
{
    public static CityProfile Create() => new()
    {
        Id = Guid.Parse("9a7e4c55-2b1d-4d8e-9f3a-6c5b4a3d2e33"),
        Slug = "innopolis",
        Names = new("Иннополис", "Иннополис", "Innopolis"),
        HostNames = ["innopolis.example.org"],
        Languages = ["ru", "tt", "en"],
        RequestNumberPrefix = "INN",
        BuildingIdPrefix = "inn",
        Bounds = new(55.74, 55.76, 48.73, 48.76),
        Branding = new("#4a2d8a", "#00a3e0", "И", LogoShape.Hexagon),
        Calendar = Holidays.TatarstanCalendar,
        Seed = 20_263,
        InnPrefixes = ["1648"],
        PhoneAreaCode = "+7 843",
        PhoneLocalDigits = 7,

        // The town was built from 2013 on, in mid-rise blocks.
        Eras = [new(2013, 2025, 1, [4, 5, 6, 8, 10, 12])],
        UnmanagedShare = 0,
        Districts =
        [
            new("innopolis", new("Иннополис", "Иннополис", "Innopolis"),
                new(55.7515, 48.7445), 0.0025, 0.004, 60,
                ["ул. Университетская", "ул. Спортивная", "Квантовый бульвар", "ул. Институтская"]),
        ],
        Organisations =
        [
            Org.Managing("uk-innopolis", "innopolis", "ООО «УК „Иннополис“»", "«Иннополис» ИК ҖЧҖ", "Innopolis Management Company LLC"),
            Org.Contractor("innolift", "ООО «ИнноЛифт»", "«ИнноЛифт» ҖЧҖ", "InnoLift LLC"),
            Org.Supplier("innopolis-ks", "ООО «Иннополис Коммунальные Системы»", "«Иннополис Коммуналь Системалар» ҖЧҖ", "Innopolis Utility Systems LLC"),
            Org.Supplier("innopolis-energosbyt", "ООО «Иннополис Энергосбыт»", "«Иннополис Энергосбыт» ҖЧҖ", "Innopolis Energy Retail LLC"),
            Org.Dispatch("dispatch-innopolis", "МКУ «Диспетчерская служба ЖКХ г. Иннополис»", "«Иннополис шәһәре ТКХ диспетчерлык хезмәте» МКУ", "Innopolis Housing and Utilities Dispatch Service"),
            Org.Committee("ispolkom-innopolis", "Исполнительный комитет г. Иннополис", "Иннополис шәһәре башкарма комитеты", "Innopolis Executive Committee"),
        ],
        Responsibilities =
        [
            .. Org.Handles("innolift", string.Empty, Org.LiftCategories),

            // One utility company runs heat, water and sewerage in the town.
            .. Org.Handles("innopolis-ks", string.Empty, Org.HeatOutageCategories),
            .. Org.Handles("innopolis-ks", string.Empty, Org.WaterUtilityCategories),
            .. Org.Handles("innopolis-energosbyt", string.Empty, "electricity.outage"),
        ],
        BuildingOverrides = [],
    };
}
