using System.Text;

namespace OpenKazan.BuildingBlocks.Security;

/// <summary>
/// The characters no stored text may carry (docs/security.md, "Input rule"): NUL and the other C0 controls except
/// tab, line feed and carriage return, and halves of surrogate pairs standing alone. None of them is typed by a
/// person; each can break a JSON or XML writer, a CSV export or PostgreSQL (which refuses NUL in text).
/// </summary>
public static class InputText
{
    public static bool IsControl(char c) => c < ' ' && c is not '\t' and not '\n' and not '\r';

    /// <summary>The index of the first refused character, or null.</summary>
    public static int? FindControl(string? text)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (RefusedLength(text, i) is var length && length < 0)
            {
                return i;
            }

            i += length - 1;
        }

        return null;
    }

    /// <summary>The text without its refused characters; the same instance when there is none.</summary>
    public static string StripControls(string? text)
    {
        if (text is null || FindControl(text) is null)
        {
            return text ?? string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var length = RefusedLength(text, i);
            if (length > 0)
            {
                kept.Append(text, i, length);
                i += length - 1;
            }
        }

        return kept.ToString();
    }

    /// <summary>How many chars the character at <paramref name="i"/> spans (2 for a pair), or -1 when it is refused.</summary>
    private static int RefusedLength(string text, int i)
    {
        var c = text[i];
        if (IsControl(c))
        {
            return -1;
        }

        if (!char.IsSurrogate(c))
        {
            return 1;
        }

        return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : -1;
    }
}
