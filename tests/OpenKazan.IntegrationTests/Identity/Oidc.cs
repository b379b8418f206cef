using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>What a real OIDC client does: read discovery, build a PKCE authorization request, call the token endpoint.</summary>
public static class Oidc
{
    public static async Task<Discovery> DiscoverAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var json = await client.GetFromJsonAsync<JsonElement>(new Uri("/.well-known/openid-configuration", UriKind.Relative));
        return new Discovery(
            json.GetProperty("issuer").GetString()!,
            json.GetProperty("authorization_endpoint").GetString()!,
            json.GetProperty("token_endpoint").GetString()!,
            json.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()!).ToList());
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return (verifier, challenge);
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> TokenAsync(HttpClient client, string tokenEndpoint, IDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsync(new Uri(tokenEndpoint), new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The payload of a JWT (identity tokens are signed, not encrypted).</summary>
    public static JsonElement Payload(string jwt)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        return JsonSerializer.Deserialize<JsonElement>(WebEncoders.Base64UrlDecode(jwt.Split('.')[1]));
    }
}

public sealed record Discovery(string Issuer, string AuthorizationEndpoint, string TokenEndpoint, IReadOnlyList<string> GrantTypes);
