using System.Net;
using System.Text.RegularExpressions;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>The e-mails the host wrote into its pickup folder, and the links people follow in them.</summary>
internal static partial class SentMail
{
    /// <summary>
    /// The first link of that kind in any mail to the address: one person gets several mails (a request's
    /// notifications too), and the folder lists them in no particular order. Account mails are sent off the
    /// request path, so the folder is read again until the mail is there (at most 30 s).
    /// </summary>
    public static async Task<string> LinkAsync(string mailFolder, string email, Regex link)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            foreach (var file in Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, "*.eml") : [])
            {
                var text = await File.ReadAllTextAsync(file);
                var found = link.Match(text);
                if (text.Contains($"To: {email}", StringComparison.Ordinal) && found.Success)
                {
                    return WebUtility.HtmlDecode(found.Value);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        while (DateTime.UtcNow < deadline);

        throw new InvalidOperationException($"No e-mail to {email} with a link like {link} in {mailFolder}.");
    }

    [GeneratedRegex(@"http://\S+/account/confirm-email\S+")]
    public static partial Regex ConfirmationLink();

    [GeneratedRegex(@"http://\S+/account/reset-password\S+")]
    public static partial Regex ResetLink();
}
