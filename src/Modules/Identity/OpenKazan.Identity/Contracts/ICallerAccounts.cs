namespace OpenKazan.Identity.Contracts;

/// <summary>
/// A resident account of this city with the caller's phone. The phone on an account is not verified, so the operator
/// sees only a masked e-mail to confirm with the caller before the request is put into that account.
/// </summary>
public sealed record CallerAccount(Guid UserId, string Name, Guid? BuildingId, string MaskedEmail);

/// <summary>The resident account of this city whose phone is the caller's (E.164), with the address in its profile.</summary>
public interface ICallerAccounts
{
    Task<CallerAccount?> FindAsync(string? phone, CancellationToken ct);
}
