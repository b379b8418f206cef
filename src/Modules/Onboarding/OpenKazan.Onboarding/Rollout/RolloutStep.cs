namespace OpenKazan.Onboarding.Rollout;

/// <summary>The steps of a city's rollout, in the order they usually happen.</summary>
public enum RolloutStep
{
    DataImported,
    StaffInvited,
    TrainingHeld,
    TestRequestsFiled,
    GoLive,
}
