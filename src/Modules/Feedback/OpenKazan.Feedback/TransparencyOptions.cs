using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback;

/// <summary>
/// Settings of feedback, voting and ratings (section <c>Transparency</c>). Each city may override any of them under
/// <c>Transparency:Cities:{slug}</c>; what it does not set comes from the section itself.
/// </summary>
public sealed class TransparencyOptions
{
    public const string SectionName = "Transparency";

    /// <summary>How long the requester may change a rating after giving it.</summary>
    public int FeedbackEditDays { get; set; } = 7;

    /// <summary>A rating at or below this score reopens the request (when the reopen window still allows it).</summary>
    public int ReopenAtOrBelow { get; set; } = 2;

    /// <summary>The length of a voting and rating period.</summary>
    public PeriodLength Period { get; set; } = PeriodLength.Quarter;

    /// <summary>An organisation is ranked only with at least this many resolved requests in the period.</summary>
    public int MinimumRequests { get; set; } = 5;

    /// <summary>How many periods the ratings page shows in its history.</summary>
    public int HistoryPeriods { get; set; } = 4;

    /// <summary>Reads of public pages, exports and APIs one client address may make per minute in one city.</summary>
    public int PublicPermitsPerMinute { get; set; } = 120;

    /// <summary>Ratings, votes and verifications one account may send per minute in one city.</summary>
    public int WritePermitsPerMinute { get; set; } = 20;

    /// <summary>Votes one client address may send per minute in one city, whatever the accounts (page and API together).</summary>
    public int VotePermitsPerAddressPerMinute { get; set; } = 60;

    public Dictionary<string, CityTransparencySettings> Cities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings of one city: its overrides on top of the defaults.</summary>
    public CityTransparencySettings For(string slug)
    {
        var own = Cities.GetValueOrDefault(slug);
        return new CityTransparencySettings
        {
            FeedbackEditDays = own?.FeedbackEditDays ?? FeedbackEditDays,
            ReopenAtOrBelow = own?.ReopenAtOrBelow ?? ReopenAtOrBelow,
            Period = own?.Period ?? Period,
            MinimumRequests = own?.MinimumRequests ?? MinimumRequests,
            HistoryPeriods = own?.HistoryPeriods ?? HistoryPeriods,
        };
    }
}

/// <summary>One city's transparency settings; null means "as the defaults".</summary>
public sealed class CityTransparencySettings
{
    public int? FeedbackEditDays { get; set; }

    public int? ReopenAtOrBelow { get; set; }

    public PeriodLength? Period { get; set; }

    public int? MinimumRequests { get; set; }

    public int? HistoryPeriods { get; set; }
}
