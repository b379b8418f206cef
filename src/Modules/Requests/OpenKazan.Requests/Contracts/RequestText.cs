namespace OpenKazan.Requests.Contracts;

/// <summary>The free text a request keeps (description, report, reason, comment, extra fields): one limit for every field and channel.</summary>
public static class RequestText
{
    public const int MaxLength = 4000;

    /// <summary>The text as it is kept (trimmed), or null when it is empty or longer than a request's text may be.</summary>
    public static string? Clean(string? text)
    {
        var clean = text?.Trim();
        return string.IsNullOrEmpty(clean) || clean.Length > MaxLength ? null : clean;
    }
}
