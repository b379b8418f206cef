using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Observability;
using OpenKazan.Host.Security;

namespace OpenKazan.UnitTests.Security;

/// <summary>The rules of docs/security.md as plain functions: which characters go, what a log keeps, which tile host a page may load.</summary>
public sealed class InputRuleTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "Течёт кран", "Течёт кран" },
        { "строка\tс\r\nпереносом", "строка\tс\r\nпереносом" },
        { "a\0b", "ab" },
        { "\u0007звонок\u001b[31m", "звонок[31m" },
        { "эмодзи 🚰 целое", "эмодзи 🚰 целое" },
        { "\0\u0001\u0002", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Refused_characters_are_found_and_stripped_and_nothing_else(string text, string kept)
    {
        Assert.Equal(kept, InputText.StripControls(text));
        Assert.Equal(text == kept, InputText.FindControl(text) is null);
    }

    /// <summary>Not theory data: xunit serializes its cases and would turn a lone surrogate into U+FFFD before the test.</summary>
    [Fact]
    public void Lone_surrogate_halves_are_refused_and_a_whole_pair_is_kept()
    {
        Assert.Equal("половина  пары", InputText.StripControls("половина \ud83d пары"));
        Assert.Equal("конец", InputText.StripControls("\udc00конец"));
        Assert.Equal(0, InputText.FindControl("\udc00конец"));
        Assert.Equal(5, InputText.FindControl("пара \ud83d"));
        Assert.Null(InputText.FindControl("кран \ud83d\udeb0"));
    }

    [Theory]
    [InlineData("{\"description\":\"a\\u0000b\"}", "description")]
    [InlineData("{\"requester\":{\"name\":\"\\u0007\"}}", "name")]
    [InlineData("{\"tags\":[\"ok\",\"\\u001b\"]}", "tags")]
    [InlineData("\"\\u0000\"", "(body)")]
    [InlineData("{\"a\\u0000\":1}", "a")]
    [InlineData("{\"description\":\"Течёт\\tкран\\n\"}", null)]
    [InlineData("{\"description\":", null)]
    public void A_json_body_names_the_field_holding_a_refused_character(string json, string? field) =>
        Assert.Equal(field, JsonText.FindHostileString(System.Text.Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("/account/confirm-email?userId=1&code=CfDJ8abc&returnUrl=%2F", "/account/confirm-email?userId=1&code=***&returnUrl=%2F")]
    [InlineData("?api_key=dev-kazan-open311&service_code=lift", "?api_key=***&service_code=lift")]
    [InlineData("GET /reset?token=abc;email=a@b.ru", "GET /reset?token=***;email=***")]
    [InlineData("/api/requests/callers?phone=89174449876", "/api/requests/callers?phone=***")]
    [InlineData("refresh_token=xyz&client_id=app", "refresh_token=***&client_id=app")]
    [InlineData("/open-requests?page=2", "/open-requests?page=2")]
    public void Secrets_and_personal_data_in_query_strings_are_redacted(string text, string redacted) =>
        Assert.Equal(redacted, SecretRedactingEnricher.Redact(text));

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tiles.kazan.ru:8443/{z}/{x}/{y}.png", "https://*.tiles.kazan.ru:8443")]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("", null)]
    public void The_city_tile_template_gives_the_one_image_host_a_page_may_use(string template, string? source) =>
        Assert.Equal(source, SecurityHeadersMiddleware.TileSource(template));

    [Fact]
    public void Staff_pages_may_not_be_framed_and_public_ones_only_by_the_city()
    {
        Assert.True(SecurityHeadersMiddleware.IsStaffArea("/t/kazan/dispatch"));
        Assert.True(SecurityHeadersMiddleware.IsStaffArea("/work/inbox"));
        Assert.False(SecurityHeadersMiddleware.IsStaffArea("/open-requests"));
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.Policy(true, null), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", SecurityHeadersMiddleware.Policy(false, null), StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", SecurityHeadersMiddleware.Policy(false, null).Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
