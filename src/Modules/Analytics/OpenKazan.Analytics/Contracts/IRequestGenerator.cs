namespace OpenKazan.Analytics.Contracts;

/// <summary>What to generate: how many requests, from which seed, over how many days ending on which date.</summary>
public sealed record GeneratorOptions(int Count, int Seed, int Days, DateOnly LastDay)
{
    /// <summary>The most requests one day gets, so a count above <c>Days × MaxPerDay</c> cannot be generated.</summary>
    public const int MaxPerDay = 10_000;
}

/// <summary>What was generated, for the command's output.</summary>
public sealed record GeneratorResult(int Requests, int Days, int BusiestDay, IReadOnlyCollection<Guid> ChronicallyLate, TimeSpan Took);

/// <summary>
/// Fills the current city with generated requests and everything that follows from them (histories, deadlines, SLA
/// incidents, facts, ratings, votes), reproducibly from a seed and the clock: the development seeding and the
/// <c>generate requests</c> command.
/// </summary>
public interface IRequestGenerator
{
    /// <summary>Writes a progress line per batch to <paramref name="progress"/>.</summary>
    Task<GeneratorResult> GenerateAsync(GeneratorOptions options, TextWriter progress, CancellationToken ct);
}
