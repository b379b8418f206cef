namespace OpenKazan.Registry.Search;

/// <summary>Latin letters typed for a Russian street name ("Baumana", "Pobedy", "Avangardnaya") read back as Cyrillic.</summary>
internal static class Transliteration
{
    private static readonly (string Latin, string Cyrillic)[] Pairs =
    [
        ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("yu", "ю"), ("ya", "я"), ("yo", "е"), ("ye", "е"), ("iy", "ий"), ("yy", "ый"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("j", "й"),
        ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
        ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("w", "в"), ("x", "кс"), ("y", "ы"), ("q", "к"),
    ];

    public static string ToCyrillic(string lower)
    {
        if (!lower.Any(char.IsAsciiLetterLower))
        {
            return lower;
        }

        var result = new System.Text.StringBuilder(lower.Length);
        var i = 0;
        while (i < lower.Length)
        {
            var pair = Pairs.FirstOrDefault(p => string.CompareOrdinal(lower, i, p.Latin, 0, p.Latin.Length) == 0);
            if (pair.Latin is null)
            {
                result.Append(lower[i]);
                i++;
            }
            else
            {
                result.Append(pair.Cyrillic);
                i += pair.Latin.Length;
            }
        }

        return result.ToString();
    }
}
