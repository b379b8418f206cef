using System.Text;

namespace OpenKazan.Host.Security;

/// <summary>The control characters no text may carry: NUL and C0 except tab, line feed and carriage return.</summary>
public static class InputText
{
    public static bool IsRefused(char c) => c < ' ' && c is not '\t' and not '\n' and not '\r';

    /// <summary>The index of the first refused character, or null.</summary>
    public static int? FindControl(string? text)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (IsRefused(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    public static string StripControls(string? text)
    {
        if (text is null || FindControl(text) is null)
        {
            return text ?? string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !IsRefused(c)))
        {
            kept.Append(c);
        }

        return kept.ToString();
    }
}
