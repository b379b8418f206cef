using System.Globalization;
using OpenKazan.Analytics.Facts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>The text-valued fact fields a report can group or filter by; each is held as a column of small codes.</summary>
internal enum FactField
{
    City,
    District,
    Organisation,
    OrganisationType,
    Category,
    CategoryGroup,
    Channel,
    RequesterKind,
    Status,
    Priority,
}

/// <summary>A column of codes and the texts they stand for (ids in their canonical spelling, an absent value as "").</summary>
internal sealed class CodedColumn
{
    private readonly List<string> _texts = [];
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);

    public List<int> Codes { get; } = [];

    public string Text(int code) => _texts[code];

    /// <summary>The code of a text, or -1 when no row has it.</summary>
    public int Find(string text) => _codes.GetValueOrDefault(text, -1);

    public int CodeOf(string? text)
    {
        text ??= string.Empty;
        if (!_codes.TryGetValue(text, out var code))
        {
            code = _texts.Count;
            _texts.Add(text);
            _codes[text] = code;
        }

        return code;
    }
}

/// <summary>
/// Fact rows held column by column in memory: codes for the text fields, the local date as a day number, minutes with
/// -1 for a stage not met, flags and scores with -1 for unknown. About 60 bytes a row, so a city of 2.5 million
/// requests takes some 150 MB; a report is then one pass over plain arrays instead of a sort on the database.
/// </summary>
internal sealed class FactColumns
{
    public const int None = -1;

    private readonly Dictionary<Guid, int> _rowOf = [];
    private readonly CodedColumn[] _coded = Enum.GetValues<FactField>().Select(_ => new CodedColumn()).ToArray();

    public int Count { get; private set; }

    public List<int> Day { get; } = [];

    public List<bool> Resolved { get; } = [];

    public List<int> ReopenCount { get; } = [];

    /// <summary>Business minutes until each stage was met, indexed by <see cref="ReportCatalog.Stages"/>.</summary>
    public List<int>[] Minutes { get; } = [[], [], []];

    /// <summary>1 on time, 0 late, -1 not met, indexed by <see cref="ReportCatalog.Stages"/>.</summary>
    public List<sbyte>[] OnTime { get; } = [[], [], []];

    public List<sbyte> FeedbackScore { get; } = [];

    public List<sbyte> VoteScore { get; } = [];

    public CodedColumn this[FactField field] => _coded[(int)field];

    /// <summary>Adds a request's fact, or replaces it when the request is already held.</summary>
    public void Put(RequestFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_rowOf.TryGetValue(fact.RequestId, out var row))
        {
            row = Grow();
            _rowOf[fact.RequestId] = row;
        }

        SetText(row, fact.TenantId, fact.DistrictId, fact.OrganisationId, fact.OrganisationType);
        Text(FactField.Category, row, Id(fact.CategoryId));
        Text(FactField.CategoryGroup, row, fact.CategoryGroup);
        Text(FactField.Channel, row, fact.Channel);
        Text(FactField.RequesterKind, row, fact.RequesterKind);
        Text(FactField.Status, row, fact.Status);
        Text(FactField.Priority, row, fact.Priority);
        Day[row] = fact.RegisteredOn.DayNumber;
        Resolved[row] = fact.Resolved;
        ReopenCount[row] = fact.ReopenCount;
        SetStage(row, 0, fact.AcceptMinutes, fact.AcceptOnTime);
        SetStage(row, 1, fact.LocaliseMinutes, fact.LocaliseOnTime);
        SetStage(row, 2, fact.ResolveMinutes, fact.ResolveOnTime);
        FeedbackScore[row] = (sbyte)(fact.FeedbackScore ?? None);
    }

    /// <summary>Gives back the spare capacity of the columns after a full load.</summary>
    public void TrimExcess()
    {
        foreach (var column in _coded)
        {
            column.Codes.TrimExcess();
        }

        Day.TrimExcess();
        Resolved.TrimExcess();
        ReopenCount.TrimExcess();
        foreach (var stage in Minutes)
        {
            stage.TrimExcess();
        }

        foreach (var stage in OnTime)
        {
            stage.TrimExcess();
        }

        FeedbackScore.TrimExcess();
        VoteScore.TrimExcess();
        _rowOf.TrimExcess();
    }

    /// <summary>Adds a resident's vote: its city, district, organisation and local date, and its score.</summary>
    public void PutVote(Guid city, DateOnly castOn, Guid districtId, Guid organisationId, string organisationType, int score)
    {
        var row = Grow();
        SetText(row, city, districtId, organisationId, organisationType);
        Day[row] = castOn.DayNumber;
        VoteScore[row] = (sbyte)score;
    }

    private void SetText(int row, Guid city, Guid district, Guid? organisation, string? organisationType)
    {
        Text(FactField.City, row, Id(city));
        Text(FactField.District, row, Id(district));
        Text(FactField.Organisation, row, organisation is { } o ? Id(o) : null);
        Text(FactField.OrganisationType, row, organisationType);
    }

    private void SetStage(int row, int stage, int? minutes, bool? onTime)
    {
        Minutes[stage][row] = minutes ?? None;
        OnTime[stage][row] = onTime switch { true => 1, false => 0, null => None };
    }

    /// <summary>A new row with every column at its empty value; the text columns at the code of "".</summary>
    private int Grow()
    {
        foreach (var column in _coded)
        {
            column.Codes.Add(column.CodeOf(null));
        }

        Day.Add(0);
        Resolved.Add(false);
        ReopenCount.Add(0);
        for (var stage = 0; stage < Minutes.Length; stage++)
        {
            Minutes[stage].Add(None);
            OnTime[stage].Add(None);
        }

        FeedbackScore.Add(None);
        VoteScore.Add(None);
        return Count++;
    }

    private void Text(FactField field, int row, string? text) => this[field].Codes[row] = this[field].CodeOf(text);

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
