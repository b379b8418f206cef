namespace OpenKazan.TenantGenerator.Common;

internal enum SlaClock
{
    Business,
    Calendar,
}

internal sealed record SlaStage(string Name, int Minutes, SlaClock Clock);

internal sealed record SlaRule(string Category, string Priority, IReadOnlyList<SlaStage> Stages);

internal sealed record SlaEscalation(int Level, string Notify, int AfterBreachMinutes);

/// <summary>
/// The RU-416 template: deadlines of the Government Decree No. 416 (15.05.2013) on managing apartment buildings
/// (emergency dispatch duties, para. 13). The same template is shipped to every demo city.
/// </summary>
internal static class SlaTemplate
{
    public const string Name = "RU-416";
    public const int WarningAtPercent = 80;
    public const int ReopenWindowDays = 14;
    public const int AutoCloseAfterDays = 5;

    private const int OneBusinessDay = 480;
    private const int EightBusinessDays = 8 * OneBusinessDay;
    private const int OneDay = 24 * 60;
    private const int ThreeDays = 3 * OneDay;

    public static IReadOnlyList<SlaEscalation> Escalation { get; } =
    [
        new(1, "Dispatcher", 0),
        new(2, "OrganisationHead", 240),
        new(3, "Committee", OneDay),
    ];

    public static IReadOnlyList<SlaRule> Rules { get; } =
    [
        // Ordinary requests: accepted within a working day, done within eight working days.
        new("*", "Normal", [new("accept", OneBusinessDay, SlaClock.Business), new("resolve", EightBusinessDays, SlaClock.Business)]),

        // Emergencies: the dispatcher localises within 30 minutes, the repair takes at most 3 days, round the clock.
        new("*", "Emergency", [new("accept", 10, SlaClock.Calendar), new("localise", 30, SlaClock.Calendar), new("resolve", ThreeDays, SlaClock.Calendar)]),

        // Decree 416: a sewer blockage inside the building is cleared within 2 hours.
        new("sewerage.blockage", "Emergency", [new("accept", 10, SlaClock.Calendar), new("localise", 30, SlaClock.Calendar), new("resolve", 120, SlaClock.Calendar)]),

        // Decree 416: a rubbish chute blockage is cleared within 2 hours of registration.
        new("rubbish.chute", "Normal", [new("accept", 30, SlaClock.Calendar), new("resolve", 120, SlaClock.Calendar)]),

        // Decree 416: people stuck in a lift are freed within 30 minutes; the lift works again within a day.
        new("lift.stuck", "Emergency", [new("accept", 30, SlaClock.Calendar), new("localise", 30, SlaClock.Calendar), new("resolve", OneDay, SlaClock.Calendar)]),
        new("lift.out-of-order", "Normal", [new("accept", 60, SlaClock.Calendar), new("resolve", OneDay, SlaClock.Calendar)]),
    ];
}
