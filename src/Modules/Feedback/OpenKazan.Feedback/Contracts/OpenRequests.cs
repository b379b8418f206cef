namespace OpenKazan.Feedback.Contracts;

/// <summary>The public list of the city's open requests, by district: building-level addresses, no personal data.</summary>
public interface IOpenRequests
{
    /// <summary>Rows per page on the public page and the API's default: a page of HTML stays far below 200 KB.</summary>
    const int PageSize = 100;

    /// <summary>One page of open requests (1-based), newest first; one row more than asked tells whether a next page exists.</summary>
    Task<List<PublicRequestDto>> OpenPageAsync(string? district, int page, int pageSize, CancellationToken ct);
}

/// <summary>An open request as anyone may see it: building-level address, no personal data.</summary>
public sealed record PublicRequestDto(
    string Number, string Status, string Category, string DistrictCode, string District, string BuildingAddress,
    double Latitude, double Longitude, DateTime RegisteredAt);
