using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Open311.ApiKeys;

/// <summary>Finds the live key of the current city; a key of another city is as unknown as a made-up one.</summary>
internal sealed class ApiKeyValidator(TenantScopedDbContext db)
{
    public async Task<ApiKey?> FindAsync(string presented, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > ApiKeySecrets.MaxKeyLength)
        {
            return null;
        }

        var hash = ApiKeySecrets.Hash(presented.Trim());
        return await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
    }
}
