using OpenKazan.Requests.SlaMonitor;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The note an escalation leaves in the history ("Resolve: level 2 (OrganisationHead)"): written here and read back
/// here, so pages can say in words which stage was missed and to whom it went.
/// </summary>
public sealed partial record EscalationNote(string Stage, int Level, string Notify)
{
    public override string ToString() => $"{Stage}: level {Level.ToString(CultureInfo.InvariantCulture)} ({Notify})";

    public static EscalationNote? Parse(string? note)
    {
        var match = note is null ? null : Pattern().Match(note);
        return match is { Success: true }
            ? new EscalationNote(match.Groups["stage"].Value, int.Parse(match.Groups["level"].Value, CultureInfo.InvariantCulture), match.Groups["notify"].Value)
            : null;
    }

    [GeneratedRegex(@"^(?<stage>\w+): level (?<level>\d{1,3}) \((?<notify>\w+)\)$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Pattern();
}
