namespace OpenKazan.Requests.Contracts;

/// <summary>The free text a request keeps (description, report, reason, comment, extra fields): one limit for every field and channel.</summary>
public static class RequestText
{
    public const int MaxLength = 4000;
}
