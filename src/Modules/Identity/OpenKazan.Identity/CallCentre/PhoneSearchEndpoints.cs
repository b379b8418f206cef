using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.CallCentre;

/// <summary>The call centre finds the caller's account by phone, among the people of this city only.</summary>
public static class PhoneSearchEndpoints
{
    private const int MinimumDigits = 5;

    public static IEndpointRouteBuilder MapPhoneSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCityApi("/api/identity/accounts", "Identity")
            .RequireAuthorization(Policies.Operator)
            .MapGet("/by-phone", FindAsync);
        return endpoints;
    }

    public sealed record AccountDto(Guid Id, string? FullName, string? Email, string? Phone);

    private static async Task<Results<Ok<List<AccountDto>>, ProblemHttpResult>> FindAsync(
        string? phone, PlatformDbContext db, ICurrentTenant tenant, CancellationToken ct)
    {
        var digits = PhoneNumbers.Digits(phone);
        if (digits is null || digits.Length is < MinimumDigits or > 20)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Phone number required",
                detail: $"Give at least {MinimumDigits} digits of the phone number.");
        }

        var city = tenant.Id!.Value;
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.PhoneDigits != null && u.PhoneDigits.EndsWith(digits))
            .Where(u => db.Memberships.Any(m => m.UserId == u.Id && m.TenantId == city))
            .OrderBy(u => u.FullName).Take(20)
            .Select(u => new AccountDto(u.Id, u.FullName, u.Email, u.PhoneNumber))
            .ToListAsync(ct);
        return TypedResults.Ok(accounts);
    }
}
