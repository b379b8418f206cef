using System.Net;
using System.Text.RegularExpressions;

namespace OpenKazan.BrowserTests;

/// <summary>The test server's mail pickup folder, read as a resident reads their inbox.</summary>
public static class Mailbox
{
    /// <summary>
    /// The first link matching <paramref name="pattern"/> in a mail to <paramref name="email"/>. One person gets several
    /// mails (the request's notifications too) in no particular order, so every mail to the address is searched; account
    /// mails are sent off the request path, so the folder is read again until the link is there (at most 30 s).
    /// </summary>
    public static async Task<string> LinkAsync(BrowserFixture fixture, string email, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(pattern);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            foreach (var file in Directory.Exists(fixture.MailFolder) ? Directory.GetFiles(fixture.MailFolder, "*.eml") : [])
            {
                var text = await File.ReadAllTextAsync(file);
                var link = pattern.Match(text);
                if (text.Contains($"To: {email}", StringComparison.Ordinal) && link.Success)
                {
                    return WebUtility.HtmlDecode(link.Value);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        while (DateTime.UtcNow < deadline);

        throw new InvalidOperationException($"No mail to {email} with a link like {pattern}.");
    }
}
