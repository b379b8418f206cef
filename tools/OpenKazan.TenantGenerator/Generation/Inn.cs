using System.Globalization;

namespace OpenKazan.TenantGenerator.Generation;

/// <summary>
/// Legal-entity INN (10 digits): 4 digits of region and tax office, a 5-digit record number and a check digit.
/// The check digit makes the fake numbers pass the validation real systems apply.
/// </summary>
internal static class Inn
{
    private static readonly int[] Weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];

    public static string Create(string prefix, Random random)
    {
        string body = prefix + random.Next(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
        return body + CheckDigit(body).ToString(CultureInfo.InvariantCulture);
    }

    public static bool IsValid(string inn) =>
        inn.Length == 10 && inn.All(char.IsAsciiDigit) && CheckDigit(inn[..9]) == inn[9] - '0';

    private static int CheckDigit(string firstNine)
    {
        int sum = 0;
        for (int i = 0; i < Weights.Length; i++)
        {
            sum += Weights[i] * (firstNine[i] - '0');
        }

        return sum % 11 % 10;
    }
}
