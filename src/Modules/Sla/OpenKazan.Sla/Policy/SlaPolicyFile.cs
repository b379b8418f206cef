namespace OpenKazan.Sla.Policy;

/// <summary>The JSON shape of <c>sla.json</c>, as written; every field nullable so a missing one is reported, not defaulted.</summary>
internal sealed class SlaPolicyFile
{
    public string? Template { get; set; }

    public int? WarningAtPercent { get; set; }

    public int? ReopenWindowDays { get; set; }

    public int? AutoCloseAfterDays { get; set; }

    public List<EscalationEntry>? Escalation { get; set; }

    public List<RuleEntry>? Rules { get; set; }

    internal sealed class EscalationEntry
    {
        public int? Level { get; set; }

        public string? Notify { get; set; }

        public int? AfterBreachMinutes { get; set; }
    }

    internal sealed class RuleEntry
    {
        public string? Category { get; set; }

        public string? Priority { get; set; }

        public Dictionary<string, StageEntry?>? Stages { get; set; }
    }

    internal sealed class StageEntry
    {
        public int? Minutes { get; set; }

        public string? Clock { get; set; }
    }
}
