namespace OpenKazan.TenantGenerator.Generation;

internal static class RandomExtensions
{
    // sqrt(3): scales the Irwin–Hall sum of four uniforms (variance 1/3) to unit variance.
    private const double Sqrt3 = 1.7320508075688772;

    /// <summary>
    /// An approximately normal value (mean 0, sd 1, within ±3.46). Built from additions only, unlike
    /// Box–Muller, because Math.Log/Cos may differ in the last bit between platforms and the output must be
    /// byte-for-byte reproducible everywhere.
    /// </summary>
    public static double NextStandardNormal(this Random random) =>
        (random.NextDouble() + random.NextDouble() + random.NextDouble() + random.NextDouble() - 2.0) * Sqrt3;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<T> items, Func<T, int> weight)
    {
        int roll = random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        throw new InvalidOperationException("Weights must be positive.");
    }
}
