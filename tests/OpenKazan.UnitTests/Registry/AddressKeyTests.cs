using OpenKazan.Registry.Lookups;
using OpenKazan.Registry.Search;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.UnitTests.Registry;

public sealed class AddressKeyTests
{
    [Theory]
    [InlineData("Баумана 11")]
    [InlineData("ул Баумана 11")]
    [InlineData("ул. Баумана, д. 11")]
    [InlineData("Баумана, 11")]
    [InlineData("улица Баумана, дом 11")]
    [InlineData("  БАУМАНА   д.11 ")]
    [InlineData("Baumana 11")]
    [InlineData("ul. Baumana, d. 11")]
    public void Every_way_of_typing_a_house_gives_one_key(string typed) =>
        Assert.Equal("баумана 11", AddressKey.Normalise(typed));

    [Theory]
    [InlineData("пр. Победы 100/2")]
    [InlineData("пр. Победы, д. 100, корп. 2")]
    [InlineData("проспект Победы 100 к 2")]
    [InlineData("Победы 100к2")]
    [InlineData("prospekt Pobedy 100/2")]
    public void A_block_of_a_house_is_written_after_a_slash(string typed) =>
        Assert.Equal("победы 100/2", AddressKey.Normalise(typed));

    [Theory]
    [InlineData("ул. Фёдоровская, д. 3", "федоровская 3")]
    [InlineData("Федоровская 3", "федоровская 3")]
    [InlineData("Avangardnaya 42", "авангардная 42")]
    [InlineData("Авангардная, д. 42", "авангардная 42")]
    [InlineData("ул. 8 Марта, д. 5", "8 марта 5")]
    [InlineData("Пушкина 7а", "пушкина 7а")]
    [InlineData("Пушкина 7 А", "пушкина 7а")]
    [InlineData("Баумана", "баумана")]
    [InlineData("ул. Дементьева, д. 2", "дементева 2")]
    [InlineData("Dementyeva 2", "дементева 2")]
    public void Letters_case_and_yo_do_not_matter(string typed, string key) =>
        Assert.Equal(key, AddressKey.Normalise(typed));

    [Fact]
    public void The_kind_of_street_tells_two_buildings_apart_but_is_not_needed_to_find_them()
    {
        var street = AddressKey.Parse("ул. Победы, д. 10");
        var avenue = AddressKey.Parse("пр. Победы, д. 10");

        Assert.Equal(street.Text, avenue.Text);
        Assert.NotEqual(street.Identity, avenue.Identity);
        Assert.Equal("пр", AddressKey.Parse("проспект Победы 10").Kind);
        Assert.Equal(avenue.Identity, AddressKey.Parse("проспект Победы 10").Identity);
    }

    [Fact]
    public void What_follows_the_house_number_keeps_two_buildings_apart()
    {
        var first = AddressKey.Parse("ул. Тестовая, д. 3fa9c1");
        var second = AddressKey.Parse("ул. Тестовая, д. 3fe7d2");

        Assert.Equal(first.Text, second.Text);
        Assert.NotEqual(first.Identity, second.Identity);
        Assert.Equal("ул. Тестовая, д. 3fe7d2", Rank("Тестовая, д. 3fe7d2", "ул. Тестовая, д. 3fa9c1", "ул. Тестовая, д. 3fe7d2")[0]);
    }

    [Fact]
    public void A_house_is_exact_first_then_the_nearest_numbers()
    {
        var ranked = Rank("Баумана 11", "ул. Баумана, д. 4", "ул. Баумана, д. 12", "ул. Баумана, д. 11", "ул. Баумана, д. 9", "ул. Баумана, д. 42");

        Assert.Equal(["ул. Баумана, д. 11", "ул. Баумана, д. 12", "ул. Баумана, д. 9", "ул. Баумана, д. 4", "ул. Баумана, д. 42"], ranked);
    }

    [Fact]
    public void A_street_alone_lists_its_houses_in_numeric_order()
    {
        var ranked = Rank("ул Баумана", "ул. Баумана, д. 42", "ул. Баумана, д. 4", "ул. Баумана, д. 9, корп. 2", "ул. Баумана, д. 9", "ул. Баумана, д. 100");

        Assert.Equal(["ул. Баумана, д. 4", "ул. Баумана, д. 9", "ул. Баумана, д. 9, корп. 2", "ул. Баумана, д. 42", "ул. Баумана, д. 100"], ranked);
    }

    [Fact]
    public void The_street_named_comes_before_streets_that_start_with_it_or_hold_its_word()
    {
        var ranked = Rank("Победы 10", "ул. Малая Победы, д. 10", "ул. Победы Героев, д. 10", "пр. Победы, д. 12", "ул. Победы, д. 10");

        Assert.Equal(["ул. Победы, д. 10", "пр. Победы, д. 12", "ул. Победы Героев, д. 10", "ул. Малая Победы, д. 10"], ranked);
        Assert.Equal("ул. Победы, д. 10", Rank("ул. Победы 10", "пр. Победы, д. 10", "ул. Победы, д. 10")[0]);
        Assert.Equal("пр. Победы, д. 10", Rank("пр. Победы 10", "ул. Победы, д. 10", "пр. Победы, д. 10")[0]);
    }

    [Fact]
    public void A_Tatar_street_name_finds_the_Russian_one_it_begins() =>
        Assert.Equal("ул. Баумана, д. 11", Rank("Бауман урамы, 11", "ул. Баумана, д. 12", "ул. Баумана, д. 11")[0]);

    [Fact]
    public void A_street_that_does_not_hold_every_word_is_left_out() =>
        Assert.Empty(Rank("Баумана Пушкина", "ул. Баумана, д. 1", "ул. Пушкина, д. 1"));

    private static List<string> Rank(string typed, params string[] addresses) =>
        AddressSearch.Rank(AddressKey.Parse(typed), addresses.Select((a, i) => new BuildingDto(Guid.NewGuid(), $"b{i}", a, Guid.Empty, 0, 0)))
            .Select(r => r.Building.Address).ToList();
}
