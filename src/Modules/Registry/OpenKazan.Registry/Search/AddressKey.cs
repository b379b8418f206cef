using System.Globalization;
using System.Text;

namespace OpenKazan.Registry.Search;

/// <summary>
/// An address as people type it, reduced to the street's words and the house number: "ул. Баумана, д. 11",
/// "Баумана 11" and "baumana 11" all become "баумана 11"; "пр. Победы, д. 100, корп. 2" and "Победы 100/2" become
/// "победы 100/2". The same key is stored on every building, so a search compares like with like on every engine.
/// The kind of street ("ул", "пр", …) is left out of the key, people leave it out, but kept in <see cref="Kind"/>:
/// "ул. Победы, 10" and "пр. Победы, 10" are two buildings (<see cref="Identity"/>), and so are two addresses that differ
/// only after the house number (<see cref="Rest"/>).
/// </summary>
public sealed record AddressKey(string Street, string? House, string? Kind, string Rest)
{
    /// <summary>Words for the kind of street, each with the one abbreviation it stands for; Tatar words too.</summary>
    private static readonly Dictionary<string, string> StreetKinds = new(StringComparer.Ordinal)
    {
        ["ул"] = "ул", ["улица"] = "ул", ["урамы"] = "ул", ["ур"] = "ул",
        ["пр"] = "пр", ["прт"] = "пр", ["пр-т"] = "пр", ["просп"] = "пр", ["проспект"] = "пр", ["проспекты"] = "пр",
        ["пер"] = "пер", ["переулок"] = "пер", ["тыкрыгы"] = "пер",
        ["б-р"] = "б-р", ["бул"] = "б-р", ["бульвар"] = "б-р", ["бульвары"] = "б-р",
        ["ш"] = "ш", ["шоссе"] = "ш", ["пл"] = "пл", ["площадь"] = "пл", ["мәйданы"] = "пл",
        ["наб"] = "наб", ["набережная"] = "наб", ["пр-д"] = "пр-д", ["проезд"] = "пр-д",
        ["туп"] = "туп", ["тупик"] = "туп", ["мкр"] = "мкр", ["микрорайон"] = "мкр", ["тракт"] = "тракт",
    };

    /// <summary>Words people put before a house number or a city's name; they never tell two buildings apart.</summary>
    private static readonly HashSet<string> NoiseWords = ["д", "дом", "г", "город", "йорт"];

    private static readonly HashSet<string> BlockWords = ["к", "корп", "корпус", "стр", "строение"];

    public string Text => House is null ? Street : Street.Length == 0 ? House : $"{Street} {House}";

    /// <summary>What makes two buildings' addresses the same: street, kind of street and house.</summary>
    public string Identity => string.Join(' ', new[] { Kind, Text, Rest }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>The house number as a sortable pair: 9 before 42, 100 before 100/2.</summary>
    public (int Number, int Block) HouseOrder => ParseHouse(House);

    public static AddressKey Parse(string? address)
    {
        var words = Words(address ?? string.Empty);
        var street = new List<string>();
        string? house = null;
        string? kind = null;
        var rest = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (StreetKinds.TryGetValue(word, out var streetKind))
            {
                kind ??= streetKind;
            }
            else if (house is null && char.IsAsciiDigit(word[0]) && (street.Count > 0 || !IsStreetNumber(words, i)))
            {
                house = word;
                if (i + 1 < words.Count && IsHouseLetter(words[i + 1]))
                {
                    house += words[++i];
                }
                else if (!word.Contains('/', StringComparison.Ordinal) && i + 2 < words.Count && BlockWords.Contains(words[i + 1]) && IsNumber(words[i + 2]))
                {
                    house = $"{word}/{words[i + 2]}";
                    i += 2;
                }
            }
            else if (!NoiseWords.Contains(word) && !BlockWords.Contains(word))
            {
                (house is null ? street : rest).Add(word);
            }
        }

        return new AddressKey(string.Join(' ', street), house, kind, string.Join(' ', rest));
    }

    public static string Normalise(string? address) => Parse(address).Text;

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);

    /// <summary>"11а", "11 А": one letter after the number belongs to the house.</summary>
    private static bool IsHouseLetter(string word) =>
        word.Length == 1 && char.IsLetter(word[0]) && !BlockWords.Contains(word) && !NoiseWords.Contains(word) && !StreetKinds.ContainsKey(word);

    /// <summary>"8 Марта", "50 лет Октября": a number before any street word is part of the street's name.</summary>
    private static bool IsStreetNumber(List<string> words, int index) =>
        index + 1 < words.Count && !char.IsAsciiDigit(words[index + 1][0]) && !StreetKinds.ContainsKey(words[index + 1])
        && !NoiseWords.Contains(words[index + 1]) && !BlockWords.Contains(words[index + 1]);

    private static List<string> Words(string address)
    {
        var text = Transliteration.ToCyrillic(address.ToLowerInvariant().Replace('ё', 'е')).Replace("ь", string.Empty, StringComparison.Ordinal).Replace("ъ", string.Empty, StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                if (builder.Length > 0 && IsLetterDigitBoundary(builder[^1], c))
                {
                    builder.Append(' ');
                }

                builder.Append(c);
            }
            else if (c == '/' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]))
            {
                builder.Append('/');
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('-', '/'))
            .Where(w => w.Length > 0)
            .ToList();
    }

    /// <summary>"43к1" reads as "43 к 1"; "пр-т" stays one word.</summary>
    private static bool IsLetterDigitBoundary(char previous, char next) =>
        (char.IsAsciiDigit(previous) && char.IsLetter(next)) || (char.IsLetter(previous) && char.IsAsciiDigit(next));

    private static (int, int) ParseHouse(string? house)
    {
        if (house is null)
        {
            return (int.MaxValue, 0);
        }

        var parts = house.Split('/');
        var digits = new string(parts[0].TakeWhile(char.IsAsciiDigit).ToArray());
        var number = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        var block = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : 0;
        return (number, block);
    }
}
