using System.Security.Cryptography;
using System.Text;

namespace OpenKazan.Open311.ApiKeys;

/// <summary>
/// Keys are 32 random bytes, so a plain SHA-256 is enough to store them: there is nothing to guess that a slow hash
/// would protect (unlike passwords).
/// </summary>
internal static class ApiKeySecrets
{
    public const int MaxKeyLength = 200;

    public static string Generate() => "ok311_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Hint(string key) => key[..Math.Min(10, key.Length)] + "…";

    /// <summary>The key every demo city has in Development, documented in the README.</summary>
    public static string DevelopmentKey(string slug) => $"dev-{slug}-open311";
}
