using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Lookups;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.IntegrationTests.Registry;

/// <summary>
/// The one address search as residents, operators, admins and Open311 clients type addresses: over HTTP, on Kazan's
/// registry and on streets of the test's own, on both engines.
/// </summary>
public abstract class AddressSearchTests(RequestsFactory factory)
{
    private HttpClient Kazan => factory.ClientFor("kazan.localhost");

    [Theory]
    [InlineData("Баумана 11", "ул. Баумана, д. 11")]
    [InlineData("ул Баумана 11", "ул. Баумана, д. 11")]
    [InlineData("Баумана, 11", "ул. Баумана, д. 11")]
    [InlineData("БАУМАНА д.11", "ул. Баумана, д. 11")]
    [InlineData("Baumana 11", "ул. Баумана, д. 11")]
    [InlineData("Пушкина 7", "ул. Пушкина, д. 7")]
    [InlineData("Авангардная 42", "ул. Авангардная, д. 42")]
    [InlineData("Dementyeva 2", "ул. Дементьева, д. 2")]
    public async Task An_address_typed_loosely_finds_the_building_first(string typed, string address)
    {
        var found = await SearchAsync(typed, 5);

        Assert.Equal(address, found.Buildings[0].Address);
    }

    [Fact]
    public async Task A_street_alone_lists_every_house_in_numeric_order_page_by_page()
    {
        var street = await NewStreetAsync("ул.", "4", "42", "9, корп. 2", "100", "9", "11");

        var first = await SearchAsync(street, 2);
        var second = await FollowAsync(first.Next!);
        var third = await FollowAsync(second.Next!);

        Assert.Equal(["4", "9"], Houses(first));
        Assert.Equal(["9, корп. 2", "11"], Houses(second));
        Assert.Equal(["42", "100"], Houses(third));
        Assert.Null(third.Next);
    }

    [Fact]
    public async Task A_house_not_in_the_registry_lists_the_nearest_numbers_first()
    {
        var street = await NewStreetAsync("пр.", "100, корп. 2", "4", "98", "100", "250");

        Assert.Equal(["98", "100", "100, корп. 2", "4", "250"], Houses(await SearchAsync($"{street} 99", 10)));
        Assert.Equal("100, корп. 2", Houses(await SearchAsync($"пр. {street} 100/2", 10))[0]);
        Assert.Equal("100, корп. 2", Houses(await SearchAsync($"проспект {street}, д. 100 к 2", 10))[0]);
    }

    [Fact]
    public async Task Text_too_short_or_only_a_kind_of_street_is_a_problem_not_an_empty_list()
    {
        foreach (var typed in new[] { "a", "ул.", new string('б', 201) })
        {
            var response = await Kazan.GetAsync(new Uri($"/api/registry/buildings?q={Uri.EscapeDataString(typed)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Keys_stored_in_an_older_format_are_rewritten_by_the_migrator_and_found()
    {
        var street = await NewStreetAsync("ул.", "5");
        await factory.QueryAsync("kazan", db => db.Set<Building>().Where(b => b.Address.Contains(street))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.AddressSearch, b => b.Address.ToLower())));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        }

        var key = await factory.QueryAsync("kazan", db => db.Set<Building>().Where(b => b.Address.Contains(street)).Select(b => b.AddressSearch).SingleAsync());
        Assert.Equal($"{street.ToLowerInvariant()} 5", key);
        Assert.Equal(["5"], Houses(await SearchAsync($"{street}, 5", 5)));
    }

    [Fact]
    public async Task The_call_centre_and_the_admin_pages_use_the_same_search()
    {
        var kazan = factory.City("kazan").Id;
        var operatorPage = await factory.ClientAs(TestPerson.Operator(kazan)).GetStringAsync(new Uri("/callcentre?Address=baumana%2011", UriKind.Relative));
        var adminPage = await factory.ClientAs(new TestPerson(Guid.NewGuid(), kazan, ["TenantAdmin"], null, "Admin"))
            .GetStringAsync(new Uri("/admin/buildings?q=%D0%91%D0%B0%D1%83%D0%BC%D0%B0%D0%BD%D0%B0%2C%2011", UriKind.Relative));

        var firstChoice = operatorPage[operatorPage.IndexOf("BuildingId=", StringComparison.Ordinal)..];
        Assert.StartsWith("ул. Баумана, д. 11<", firstChoice[(firstChoice.IndexOf('>', StringComparison.Ordinal) + 1)..], StringComparison.Ordinal);
        Assert.Contains("ул. Баумана, д. 11", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_reads_the_residents_messages_when_nothing_matches()
    {
        var kazan = factory.City("kazan").Id;
        var operatorClient = factory.ClientAs(TestPerson.Operator(kazan));

        var none = await operatorClient.GetStringAsync(new Uri("/callcentre?Address=%D0%A9%D1%8E%D1%89%D0%B0%D1%8F%2099", UriKind.Relative));
        var shortText = await operatorClient.GetStringAsync(new Uri("/callcentre?Address=%D1%83%D0%BB.", UriKind.Relative));

        var newCaller = await operatorClient.GetAsync(new Uri("/callcentre?Phone=%2B7%20917%20000-00-01&Address=baumana%2011", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, newCaller.StatusCode);
        Assert.Contains("Такого адреса нет в реестре города. Проверьте написание.", none, StringComparison.Ordinal);
        Assert.Contains("Введите от 2 до 200 символов адреса.", shortText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8 (917) 4{0}-45-67", "+7 917 4{0}-45-67")]
    [InlineData("+7 917 4{0} 45 67", "8-917-4{0}-45-67")]
    [InlineData("917 4{0} 45 67", "89174{0}4567")]
    public async Task The_call_centre_recognises_a_caller_however_the_number_is_typed(string filedAs, string typedLater)
    {
        var kazan = factory.City("kazan").Id;
        var operatorClient = factory.ClientAs(TestPerson.Operator(kazan));
        var unique = Random.Shared.Next(10, 99).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var street = await NewStreetAsync("ул.", "17");
        var building = await factory.QueryAsync("kazan", db => db.Set<Building>().Where(b => b.Address.Contains(street)).Select(b => b.Id).SingleAsync());
        var caller = $"Звонящий {street}";
        await RequestsApi.SubmitAsync(operatorClient, new
        {
            requester = new { name = caller, phone = string.Format(System.Globalization.CultureInfo.InvariantCulture, filedAs, unique) },
            buildingId = building,
            categoryId = await factory.QueryAsync("kazan", db => db.Set<ServiceCategory>().Where(c => c.ParentId != null).Select(c => c.Id).FirstAsync()),
            description = "Нет горячей воды",
        });

        var typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, typedLater, unique);
        var page = await operatorClient.GetStringAsync(new Uri($"/callcentre?Phone={Uri.EscapeDataString(typed)}", UriKind.Relative));

        Assert.Contains($"Звонящий узнан по номеру &#x2B;7 917 4{unique}-45-67: {caller}.", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"CallerName\" value=\"{caller}\"", page, StringComparison.Ordinal);
        Assert.Contains($"ул. {street}, д. 17", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{building}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citys_buildings_are_never_found()
    {
        var street = await NewStreetAsync("ул.", "1");

        var response = await factory.ClientFor("grozny.localhost").GetFromJsonAsync<List<BuildingDto>>(
            new Uri($"/api/registry/buildings?q={Uri.EscapeDataString(street)}", UriKind.Relative));

        Assert.Empty(response!);
    }

    private async Task<(List<BuildingDto> Buildings, Uri? Next)> SearchAsync(string typed, int limit) =>
        await FollowAsync(new Uri($"/api/registry/buildings?q={Uri.EscapeDataString(typed)}&limit={limit}", UriKind.Relative));

    private async Task<(List<BuildingDto> Buildings, Uri? Next)> FollowAsync(Uri uri)
    {
        var response = await Kazan.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
        var next = link is null ? null : new Uri(link[1..link.IndexOf('>', StringComparison.Ordinal)], UriKind.Relative);
        return ((await response.Content.ReadFromJsonAsync<List<BuildingDto>>())!, next);
    }

    private static List<string> Houses((List<BuildingDto> Buildings, Uri? Next) page) =>
        page.Buildings.Select(b => b.Address[(b.Address.IndexOf("д. ", StringComparison.Ordinal) + 3)..]).ToList();

    /// <summary>A street of this test's own (a Cyrillic name no other test uses) with the given houses in Kazan.</summary>
    private async Task<string> NewStreetAsync(string kind, params string[] houses)
    {
        var street = "Проверочная " + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('а' + (b % 32))));
        var name = street.Replace('ъ', 'я').Replace('ь', 'я').Replace('й', 'я');
        await factory.QueryAsync("kazan", async db =>
        {
            var district = await db.Set<District>().Select(d => d.Id).FirstAsync();
            foreach (var house in houses)
            {
                var address = $"{kind} {name}, д. {house}";
                db.Add(new Building
                {
                    Code = "as-" + Guid.NewGuid().ToString("N")[..12], Address = address, AddressSearch = Building.NormaliseAddress(address),
                    DistrictId = district, Latitude = 55.79, Longitude = 49.12,
                });
            }

            return await db.SaveChangesAsync();
        });
        return name;
    }
}

// A database of their own: the streets these tests add would change other tests' counts of Kazan's registry.
public sealed class SqliteAddressSearchFactory() : RequestsFactory(DatabaseProvider.Sqlite);

public sealed class PostgresAddressSearchFactory() : RequestsFactory(DatabaseProvider.PostgreSql);

public sealed class SqliteAddressSearchTests(SqliteAddressSearchFactory factory)
    : AddressSearchTests(factory), IClassFixture<SqliteAddressSearchFactory>;

public sealed class PostgresAddressSearchTests(PostgresAddressSearchFactory factory)
    : AddressSearchTests(factory), IClassFixture<PostgresAddressSearchFactory>
{
    [Fact]
    public async Task PostgreSql_serves_the_search_from_a_trigram_index()
    {
        var index = await factory.QueryAsync("kazan", db => db.Database
            .SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_buildings_AddressSearch_trgm'").SingleAsync());

        Assert.Contains("gin_trgm_ops", index, StringComparison.Ordinal);
    }
}
