using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;
using OpenKazan.Sla.Contracts;
using OpenKazan.Sla.Policy;
using OpenKazan.UnitTests.Registry;

namespace OpenKazan.UnitTests.Sla;

/// <summary>Each test breaks one thing in a valid policy and expects one clear error naming the file.</summary>
public sealed class SlaPolicyJsonTests
{
    private static readonly SlaCategoryIndex Categories = SlaCategoryIndex.From([("lift", "lift"), ("lift.stuck", "lift"), ("water.leak", "water")]);

    private const string Valid = """
        {
          "template": "RU-416", "warningAtPercent": 80, "reopenWindowDays": 14, "autoCloseAfterDays": 5,
          "escalation": [ { "level": 1, "notify": "Dispatcher", "afterBreachMinutes": 0 },
                          { "level": 2, "notify": "Committee", "afterBreachMinutes": 60 } ],
          "rules": [
            { "category": "*", "priority": "Normal",
              "stages": { "accept": { "minutes": 480, "clock": "Business" }, "resolve": { "minutes": 3840, "clock": "Business" } } },
            { "category": "*", "priority": "Emergency",
              "stages": { "accept": { "minutes": 10, "clock": "Calendar" }, "localise": { "minutes": 30, "clock": "Calendar" },
                          "resolve": { "minutes": 4320, "clock": "Calendar" } } },
            { "category": "lift.stuck", "priority": "Emergency",
              "stages": { "accept": { "minutes": 30, "clock": "Calendar" }, "resolve": { "minutes": 1440, "clock": "Calendar" } } }
          ]
        }
        """;

    private static IReadOnlyList<PackageError> ErrorsOf(string json) => SlaPolicyJson.Parse(json, "sla.json", Categories).Errors;

    [Fact]
    public void A_valid_policy_parses_and_writes_back_the_same_document()
    {
        var (document, errors) = SlaPolicyJson.Parse(Valid, "sla.json", Categories);

        Assert.Empty(errors);
        Assert.NotNull(document);
        Assert.Equal(3, document.Rules.Count);
        var again = SlaPolicyJson.Parse(SlaPolicyJson.Write(document), "sla.json", Categories).Document;
        Assert.Equal(SlaPolicyJson.Write(document), SlaPolicyJson.Write(again!));
    }

    [Theory]
    [InlineData("\"accept\": { \"minutes\": 30", "\"repair\": { \"minutes\": 30", "rules[2].stages.repair: unknown stage 'repair'")]
    [InlineData("\"minutes\": 480", "\"minutes\": -5", "rules[0].stages.accept.minutes: negative minutes")]
    [InlineData("\"minutes\": 480", "\"minutes\": 0", "rules[0].stages.accept.minutes: 0 is outside")]
    [InlineData("\"category\": \"lift.stuck\"", "\"category\": \"lift.broken\"", "rules[2].category: unknown category code 'lift.broken'")]
    [InlineData("\"category\": \"lift.stuck\"", "\"category\": \"group:roof\"", "rules[2].category: unknown category group 'roof'")]
    [InlineData("\"clock\": \"Business\" }, \"resolve\"", "\"clock\": \"Working\" }, \"resolve\"", "rules[0].stages.accept.clock: unknown value 'Working'")]
    [InlineData("\"priority\": \"Emergency\",\n      \"stages\": { \"accept\": { \"minutes\": 30", "\"priority\": \"Urgent\",\n      \"stages\": { \"accept\": { \"minutes\": 30", "rules[2].priority: unknown value 'Urgent'")]
    [InlineData("\"category\": \"lift.stuck\", \"priority\": \"Emergency\"", "\"category\": \"*\", \"priority\": \"Emergency\"", "rules: more than one rule for '*' and Emergency")]
    [InlineData("\"category\": \"*\", \"priority\": \"Normal\"", "\"category\": \"lift\", \"priority\": \"Normal\"", "rules: a '*' rule for Normal is required")]
    [InlineData("\"accept\": { \"minutes\": 480, \"clock\": \"Business\" }, ", "", "rules[0].stages: the accept stage is required")]
    [InlineData("\"accept\": { \"minutes\": 480, \"clock\": \"Business\" }", "\"accept\": { \"minutes\": 480, \"clock\": \"Business\" }, \"localise\": { \"minutes\": 30, \"clock\": \"Business\" }", "rules[0].stages.localise: only emergency rules")]
    [InlineData("\"minutes\": 30, \"clock\": \"Calendar\" }, \"resolve\": { \"minutes\": 1440", "\"minutes\": 3000, \"clock\": \"Calendar\" }, \"resolve\": { \"minutes\": 1440", "rules[2].stages.accept: longer than the resolve target")]
    [InlineData("\"notify\": \"Committee\"", "\"notify\": \"Mayor\"", "escalation[1].notify: unknown value 'Mayor'")]
    [InlineData("\"afterBreachMinutes\": 60", "\"afterBreachMinutes\": -1", "escalation[1].afterBreachMinutes: -1 is outside")]
    [InlineData("\"warningAtPercent\": 80", "\"warningAtPercent\": 120", "warningAtPercent: 120 is outside 1..99")]
    [InlineData("\"warningAtPercent\": 80, ", "", "warningAtPercent: required")]
    public void A_broken_policy_gets_a_clear_error(string find, string replace, string expected)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var errors = ErrorsOf(Valid.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal("sla.json", error.File);
        Assert.StartsWith(expected, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_reported_not_ignored()
    {
        var error = Assert.Single(ErrorsOf(Valid.Replace("\"reopenWindowDays\"", "\"reopenWindowDay\"", StringComparison.Ordinal)));

        Assert.Contains("reopenWindowDay", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var error = Assert.Single(ErrorsOf("{\n  \"warningAtPercent\": 80,\n  \"rules\": [ oops ]\n}"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task A_package_without_sla_json_is_refused_and_its_categories_are_checked()
    {
        var categories = new[] { new PackageCategory("lift", "lift") };

        var missing = await SlaPackageReader.ReadAsync(new InMemoryPackage(), categories, CancellationToken.None);
        var unknown = await SlaPackageReader.ReadAsync(new InMemoryPackage().With("sla.json", Valid), categories, CancellationToken.None);

        Assert.StartsWith("the file is missing", Assert.Single(missing.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal("rules[2].category: unknown category code 'lift.stuck'", Assert.Single(unknown.Errors).Reason);
    }
}
