using System.Globalization;
using OpenKazan.Benchmarks;

var harnesses = typeof(IHarness).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHarness).IsAssignableFrom(t))
    .Select(t => (IHarness)Activator.CreateInstance(t)!)
    .OrderBy(h => h.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length == 0 ? null : harnesses.FirstOrDefault(h => h.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine("usage: tests/OpenKazan.Benchmarks/run.sh <harness> [options]");
    foreach (var harness in harnesses)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {harness.Name,-12} {harness.Description}"));
    }

    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await chosen.RunAsync(args.Skip(1).ToList(), cancellation.Token);
