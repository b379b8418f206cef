using System.Globalization;
using System.Text;

namespace OpenKazan.Registry.Search;

/// <summary>
/// An address as people type it, reduced to the street's words and the house number: "ул. Баумана, д. 11",
/// "Баумана 11" and "baumana 11" all become "баумана 11"; "пр. Победы, д. 100, корп. 2" and "Победы 100/2" become
/// "победы 100/2". The same key is stored on every building, so a search compares like with like on every engine.
/// </summary>
public sealed record AddressKey(string Street, string? House)
{
    /// <summary>Words that name the kind of street or of building; people type them or leave them out.</summary>
    private static readonly HashSet<string> KindWords =
    [
        "ул", "улица", "пр", "прт", "пр-т", "просп", "проспект", "пер", "переулок", "б-р", "бульвар", "ш", "шоссе",
        "пл", "площадь", "наб", "набережная", "проезд", "туп", "тупик", "мкр", "микрорайон", "тракт",
        "д", "дом", "г", "город",
        "урамы", "ур", "проспекты", "тыкрыгы",
    ];

    private static readonly HashSet<string> BlockWords = ["к", "корп", "корпус", "стр", "строение"];

    public string Text => House is null ? Street : Street.Length == 0 ? House : $"{Street} {House}";

    /// <summary>The house number as a sortable pair: 9 before 42, 100 before 100/2.</summary>
    public (int Number, int Block) HouseOrder => ParseHouse(House);

    public static AddressKey Parse(string? address)
    {
        var words = Words(address ?? string.Empty);
        var street = new List<string>();
        string? house = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (house is null && char.IsAsciiDigit(word[0]) && (street.Count > 0 || !IsStreetNumber(words, i)))
            {
                house = word;
                if (!word.Contains('/', StringComparison.Ordinal) && i + 2 < words.Count && BlockWords.Contains(words[i + 1]) && IsNumber(words[i + 2]))
                {
                    house = $"{word}/{words[i + 2]}";
                    i += 2;
                }
            }
            else if (house is null && !KindWords.Contains(word) && !BlockWords.Contains(word))
            {
                street.Add(word);
            }
        }

        return new AddressKey(string.Join(' ', street), house);
    }

    public static string Normalise(string? address) => Parse(address).Text;

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);

    /// <summary>"8 Марта", "50 лет Октября": a number before any street word is part of the street's name.</summary>
    private static bool IsStreetNumber(List<string> words, int index) =>
        index + 1 < words.Count && !char.IsAsciiDigit(words[index + 1][0]) && !KindWords.Contains(words[index + 1]) && !BlockWords.Contains(words[index + 1]);

    private static List<string> Words(string address)
    {
        var text = Transliteration.ToCyrillic(address.ToLowerInvariant().Replace('ё', 'е'));
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
        var number = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        var block = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : 0;
        return (number, block);
    }
}
