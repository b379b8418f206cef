using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// Seeds requests full of personal data, then reads every public (anonymous) page and endpoint of Kazan, plus the
/// transparency outputs with their parameters, and finds none of it. Request descriptions are free text without
/// consent to publish: no public output shows them (Open311 publishes only what was filed through Open311). The seeded
/// requests must be on the first pages and in the exports, so the class works in its own copy of Kazan.
/// </summary>
[Collection(TransparencyCollection.Name)]
public sealed partial class PublicOutputPrivacyTests(TransparencyFactory factory)
{
    private const string Name = "Зульфия Приватная-Тестова";
    private const string Phone = "+7 (917) 000-98-76";
    private const string PhoneDigits = "79170009876";
    private const string Email = "zulfiya.private@example.org";
    private const string Flat = "613Ж";
    private const string Description = "Секретное описание без согласия 5521";
    private const string HiddenComment = "Комментарий без согласия 7781";
    private const string PublicComment = "Публичный отзыв 4410";

    [Fact]
    public async Task No_public_page_or_endpoint_of_the_city_shows_the_seeded_personal_data()
    {
        var city = await factory.OwnCityAsync(GetType());
        var seeded = await SeedAsync(city.Slug);
        var leaks = new List<string>();
        var fetched = 0;
        var anonymous = factory.ClientFor($"{city.Slug}.localhost");
        foreach (var url in PublicUrls(seeded))
        {
            var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
            var body = WebUtility.HtmlDecode(Uri.UnescapeDataString(await response.Content.ReadAsStringAsync()));
            fetched++;
            leaks.AddRange(Personal.Append(Description).Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{url}: {s}"));
        }

        Assert.True(leaks.Count == 0, "Personal data in public output:\n" + string.Join("\n", leaks));
        Assert.True(fetched > 20, $"only {fetched} public URLs were read");

        var export = await anonymous.GetStringAsync(new Uri("/open-data/requests.csv", UriKind.Relative));
        Assert.All(seeded, n => Assert.Contains(n, export, StringComparison.Ordinal));
        Assert.Contains(PublicComment, export, StringComparison.Ordinal);
        var json = await anonymous.GetStringAsync(new Uri("/open-data/requests.json", UriKind.Relative));
        Assert.Contains(PublicComment, json, StringComparison.Ordinal);
        var open = await anonymous.GetStringAsync(new Uri("/open-requests", UriKind.Relative));
        Assert.Contains(seeded[2], open, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Personal => [Name, Phone, PhoneDigits, Email, Flat, HiddenComment];

    /// <summary>Three requests of a named resident: one rated without consent, one rated with consent, one still open.</summary>
    private async Task<List<string>> SeedAsync(string city)
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.City(city).Id, Name), city);
        var building = await factory.BuildingIdAsync(city, "kzn-000262");
        var category = await factory.CategoryIdAsync(city, "other.entrance");
        var body = new
        {
            requester = new { name = Name, phone = Phone, email = Email, consentToContact = true },
            buildingId = building,
            flat = Flat,
            entrance = "3",
            categoryId = category,
            description = Description,
        };
        var hidden = await factory.ResolvedRequestAsync(resident, "kzn-000262", body, city);
        await ExpectAsync(await TransparencyFactory.PutFeedbackAsync(resident, hidden.Number, new { score = 5, comment = HiddenComment }), HttpStatusCode.OK);
        var published = await factory.ResolvedRequestAsync(resident, "kzn-000262", body, city);
        await ExpectAsync(await TransparencyFactory.PutFeedbackAsync(resident, published.Number,
            new { score = 4, comment = PublicComment, publishComment = true }), HttpStatusCode.OK);
        var open = await factory.OpenRequestAsync(resident, "kzn-000262", body, city);
        return [hidden.Number, published.Number, open.Number];
    }

    /// <summary>Every anonymous GET route with its parameters filled in, plus the transparency outputs with their options.</summary>
    private IEnumerable<string> PublicUrls(List<string> numbers)
    {
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["format"] = ["csv", "json", "xml"],
            ["number"] = [.. numbers],
            ["id"] = [.. numbers],
            ["code"] = ["other.entrance"],
        };
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Distinct();
        var urls = routes.SelectMany(route => Expand(route, values)).ToList();
        foreach (var district in new[] { "aviastroitelny", "vakhitovsky" })
        {
            urls.Add($"/open-requests?district={district}");
            urls.Add($"/ratings?district={district}");
            urls.Add($"/api/transparency/open-requests?district={district}");
            urls.Add($"/api/transparency/ratings?district={district}");
            urls.Add($"/open-data/ratings.json?district={district}");
        }

        urls.AddRange(["/?lang=en", "/ratings?lang=tt", "/open-requests?lang=en", "/open-data?lang=tt", "/open311/v2/requests.json?extensions=true"]);
        return urls.Distinct();
    }

    private static IEnumerable<string> Expand(string route, Dictionary<string, string[]> values)
    {
        var parameter = Parameter().Match(route);
        if (!parameter.Success)
        {
            return [route];
        }

        var name = parameter.Groups["name"].Value;
        if (parameter.Groups["optional"].Success)
        {
            return Expand(route.Remove(parameter.Index, parameter.Length), values);
        }

        return values.TryGetValue(name, out var options)
            ? options.SelectMany(v => Expand(route.Remove(parameter.Index, parameter.Length).Insert(parameter.Index, v), values))
            : [];
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(:[^}?]*)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();
}
