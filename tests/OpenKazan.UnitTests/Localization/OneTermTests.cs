using System.Xml.Linq;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.UnitTests.Localization;

/// <summary>
/// One word for a resident's request in each language (docs/language-review.md): "обращение" in Russian and
/// "мөрәҗәгать" in Tatar. A page that says "заявка" or "гариза" next to them reads as two different things.
/// </summary>
public sealed class OneTermTests
{
    [Theory]
    [InlineData(".resx", "заявк")]
    [InlineData(".tt.resx", "гариза")]
    public void No_text_uses_the_other_word_for_a_request(string suffix, string otherWord)
    {
        var offenders = Directory.EnumerateFiles(ResourceFiles.Folder, "*.resx", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(suffix, StringComparison.Ordinal) && (suffix != ".resx" || Path.GetFileName(f).Count(c => c == '.') == 1))
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data")
                .Where(d => ((string?)d.Element("value") ?? "").Contains(otherWord, StringComparison.OrdinalIgnoreCase))
                .Select(d => $"{Path.GetFileName(f)}: {(string?)d.Attribute("name")}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Russian_status_names_agree_with_the_neuter_obrashchenie()
    {
        // "Обращение … принято", never "принята" (the feminine of the old word "заявка").
        var feminine = Enum.GetValues<RequestStatus>().Select(s => StatusNames.In(s, "ru"))
            .Where(name => name.Split(' ')[0] is var word && (word.EndsWith("ая", StringComparison.Ordinal) || word.EndsWith('а')))
            .ToList();

        Assert.Empty(feminine);
    }
}
