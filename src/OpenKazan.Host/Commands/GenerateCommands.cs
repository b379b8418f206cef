using System.Globalization;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Commands;

/// <summary>
/// <c>generate requests &lt;slug&gt; [--count N] [--seed S] [--days D] [--last-day yyyy-MM-dd]</c>: fills a city with
/// generated requests and their histories (default 2,500,000 over two years ending today, seed 42).
/// Exit codes: 0 done, 1 no such city, 2 the command was not understood.
/// </summary>
public sealed class GenerateCommands(IServiceProvider services, TextWriter output)
{
    private const string Usage = "usage: generate requests <slug> [--count N] [--seed S] [--days D] [--last-day yyyy-MM-dd]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["requests", var slug, .. var rest] || ParseOptions(rest) is not { } options)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var store = services.GetRequiredService<ITenantStore>();
        await store.RefreshAsync(cancellationToken);
        if (store.FindBySlug(slug) is not { } city)
        {
            await output.WriteLineAsync($"There is no city '{slug}'.");
            return 1;
        }

        await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(city);
        var result = await scope.Services.GetRequiredService<IRequestGenerator>().GenerateAsync(options, output, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated {result.Requests} requests in '{slug}' over {result.Days} days (busiest day {result.BusiestDay}) in {result.Took:hh\\:mm\\:ss}; " +
            $"chronically late organisations: {string.Join(", ", result.ChronicallyLate)}."));
        return 0;
    }

    private GeneratorOptions? ParseOptions(string[] rest)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < rest.Length; i += 2)
        {
            values[rest[i]] = rest[i + 1];
        }

        if (rest.Length % 2 != 0 || values.Keys.Except(["--count", "--seed", "--days", "--last-day"]).Any())
        {
            return null;
        }

        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var count = Number(values, "--count", 2_500_000);
        var seed = Number(values, "--seed", 42);
        var days = Number(values, "--days", 730);
        DateOnly? lastDay = values.TryGetValue("--last-day", out var text)
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null
            : today;
        return count is > 0 && seed is not null && days is > 0 && lastDay is { } last && (long)count.Value <= (long)days.Value * GeneratorOptions.MaxPerDay
            ? new GeneratorOptions(count.Value, seed.Value, days.Value, last)
            : null;
    }

    private static int? Number(Dictionary<string, string> values, string key, int fallback) =>
        !values.TryGetValue(key, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
