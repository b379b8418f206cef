extern alias JsonSchemaNet;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using JsonSchemaNet::Json.Schema;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>The requests fixture (header sign-in, fake clock) with a rate limit no test run reaches.</summary>
public class Open311Factory(DatabaseProvider provider) : RequestsFactory(provider)
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Open311:RateLimitPermits", "100000")];
}

public sealed class SqliteOpen311Factory() : Open311Factory(DatabaseProvider.Sqlite);

public sealed class PostgresOpen311Factory() : Open311Factory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class Open311SqliteCollection : ICollectionFixture<SqliteOpen311Factory>
{
    public const string Name = "open311-sqlite";
}

[CollectionDefinition(Name)]
public sealed class Open311PostgresCollection : ICollectionFixture<PostgresOpen311Factory>
{
    public const string Name = "open311-postgres";
}

/// <summary>Calls Open311 as a client would, and checks answers against the schemas of docs/open311/schemas.</summary>
public static class Open311Api
{
    public const string KazanKey = "dev-kazan-open311";
    public const string GroznyKey = "dev-grozny-open311";

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    public static async Task<(HttpStatusCode Status, JsonNode Body)> GetJsonAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        return await JsonOf(response);
    }

    public static async Task<(HttpStatusCode Status, XDocument Body)> GetXmlAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));
        return await XmlOf(response);
    }

    public static async Task<(HttpStatusCode Status, JsonNode Body)> PostJsonAsync(HttpClient client, string path, params (string Name, string Value)[] form)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await JsonOf(await client.PostAsync(new Uri(path, UriKind.RelativeOrAbsolute), Form(form)));
    }

    public static async Task<(HttpStatusCode Status, XDocument Body)> PostXmlAsync(HttpClient client, string path, params (string Name, string Value)[] form)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await XmlOf(await client.PostAsync(new Uri(path, UriKind.RelativeOrAbsolute), Form(form)));
    }

    /// <summary>Fails with every schema error when <paramref name="body"/> does not match <c>docs/open311/schemas/{name}.json</c>.</summary>
    public static void AssertMatches(string name, JsonNode body)
    {
        var schema = Schemas.GetOrAdd(name, n => JsonSchema.FromFile(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "open311", "schemas", n + ".json")));
        var result = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{name}: {string.Join("; ", errors)}\n{body.ToJsonString()}");
    }

    /// <summary>An error answer: the status, the errors schema, and a description that mentions <paramref name="mentions"/>.</summary>
    public static void AssertError(HttpStatusCode expected, (HttpStatusCode Status, JsonNode Body) answer, string mentions)
    {
        Assert.Equal(expected, answer.Status);
        AssertMatches("errors", answer.Body);
        Assert.Equal((int)expected, answer.Body[0]!["code"]!.GetValue<int>());
        Assert.Contains(mentions, answer.Body[0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static void AssertXmlError(HttpStatusCode expected, (HttpStatusCode Status, XDocument Body) answer)
    {
        Assert.Equal(expected, answer.Status);
        Assert.Equal("errors", answer.Body.Root!.Name.LocalName);
        var error = Assert.Single(answer.Body.Root.Elements("error"));
        Assert.Equal(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Element("code")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(error.Element("description")!.Value));
    }

    private static FormUrlEncodedContent Form((string Name, string Value)[] form) =>
        new(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<(HttpStatusCode, JsonNode)> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode} {response.Content.Headers.ContentType}: {text}");
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    private static async Task<(HttpStatusCode, XDocument)> XmlOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "text/xml", $"{(int)response.StatusCode} {response.Content.Headers.ContentType}: {text}");
        return (response.StatusCode, XDocument.Parse(text));
    }
}
