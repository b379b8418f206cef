namespace OpenKazan.Benchmarks;

/// <summary>
/// One benchmark or load harness. Program finds every implementation by reflection, so each capability adds its own
/// harness in its own folder without touching a shared list.
/// </summary>
public interface IHarness
{
    /// <summary>The name given on the command line, e.g. <c>intake</c>.</summary>
    string Name { get; }

    /// <summary>One line for the list printed by <c>run.sh</c> without arguments.</summary>
    string Description { get; }

    /// <summary>Runs the harness, prints its figures and returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
