using System.Net;
using System.Text.RegularExpressions;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>What an account page answered, as a prober compares it: status, redirect target and the words shown.</summary>
internal static partial class AccountAnswers
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var said = Said().Matches(html).Select(m => Tags().Replace(m.Groups[1].Value, " ").Trim());
        return $"{(int)response.StatusCode} {response.Headers.Location} {string.Join(" | ", said)}";
    }

    /// <summary>The number of mails in the folder addressed to that e-mail.</summary>
    public static int MailsTo(string mailFolder, string email) =>
        Directory.Exists(mailFolder)
            ? Directory.GetFiles(mailFolder, "*.eml").Count(f => File.ReadAllText(f).Contains($"To: {email}", StringComparison.Ordinal))
            : 0;

    [GeneratedRegex("role=\"(?:alert|status)\"[^>]*>(.*?)</(?:div|p)>", RegexOptions.Singleline)]
    private static partial Regex Said();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
