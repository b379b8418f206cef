using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// <c>GET requests</c>, <c>GET requests/{id}</c> and <c>GET tokens/{token}</c>. Every city sees only its own requests:
/// the context's tenant filter applies to each query here.
/// </summary>
internal static class ReadRequestsEndpoints
{
    public static async Task<Open311Result> ListAsync(
        Open311Call call, RequestReader reader, TenantScopedDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(http);
        var (query, error) = RequestListQuery.Parse(call, time.GetUtcNow().UtcDateTime);
        if (query is null)
        {
            return Open311Errors.BadRequest(call.Format, error!);
        }

        var requests = reader.Requests;
        if (query.Ids.Count > 0)
        {
            // The spec: a list of ids overrides every other filter.
            var ids = query.Ids.ToList();
            requests = requests.Where(r => ids.Contains(r.Number));
        }
        else
        {
            requests = requests.Where(r => r.RegisteredAt >= query.Start && r.RegisteredAt <= query.End);
            if (query.ServiceCodes.Count > 0)
            {
                var codes = query.ServiceCodes.ToList();
                var categories = await db.CategoryLabels().Where(c => codes.Contains(c.Code)).Select(c => c.Id).ToListAsync(ct);
                if (categories.Count < codes.Count)
                {
                    return Open311Errors.NotFound(call.Format, $"Unknown service_code in '{string.Join(',', codes)}'.");
                }

                requests = requests.Where(r => categories.Contains(r.CategoryId));
            }

            if (query.Open is { } open)
            {
                var openStatuses = RequestStatuses.Open.ToList();
                requests = open ? requests.Where(r => openStatuses.Contains(r.Status)) : requests.Where(r => !openStatuses.Contains(r.Status));
            }
        }

        // One row more than the page tells whether a next page exists, without counting the whole range.
        var page = requests.OrderByDescending(r => r.RegisteredAt).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1);
        var rows = await reader.ReadAsync(page, call.Zone, query.Extensions, ct);
        if (rows.Count > query.PageSize)
        {
            rows.RemoveAt(rows.Count - 1);
            http.Response.Headers.Link = $"<{NextPage(http, query)}>; rel=\"next\"";
        }

        return new Open311Result(call.Format, "service_requests", rows);
    }

    /// <summary>
    /// One request, read again and again by the clients that follow it: the answer is kept per city, number, format,
    /// query and language (<see cref="PublicOutput.Request"/>) and evicted when the request changes.
    /// </summary>
    public static async Task<Open311Result> GetAsync(string id, Open311Call call, RequestReader reader, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(http);
        if (!RequestListQuery.TryBool(call.Parameter("extensions"), out var extensions))
        {
            return Open311Errors.BadRequest(call.Format, "extensions is true or false.");
        }

        if (await reader.ReadOneAsync(id, call.Zone, extensions, ct) is not { } found)
        {
            return Open311Errors.NotFound(call.Format, $"No service request '{id}' in this city.");
        }

        PublicOutput.TagRequest(http, found.Id);
        return new Open311Result(call.Format, "service_requests", new List<ServiceRequestDto> { found.Request });
    }

    public static async Task<Open311Result> TokenAsync(string token, Open311Call call, RequestReader reader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(reader);
        var number = Guid.TryParse(token, out var id)
            ? await reader.Requests.Where(r => r.Id == id).Select(r => r.Number).SingleOrDefaultAsync(ct)
            : null;
        return number is null
            ? Open311Errors.NotFound(call.Format, $"No token '{token}' in this city.")
            : new Open311Result(call.Format, "service_requests", new[] { new TokenDto(number, token) });
    }

    /// <summary>The same query one page further, its date range pinned so that new requests do not shift the pages.</summary>
    internal static string NextPage(HttpContext http, RequestListQuery query)
    {
        var pinned = new[] { "page", "start_date", "end_date" };
        var next = new QueryBuilder(http.Request.Query.Where(q => !pinned.Contains(q.Key)))
        {
            { "page", (query.Page + 1).ToString(CultureInfo.InvariantCulture) },
        };
        if (query.Ids.Count == 0)
        {
            next.Add("start_date", query.Start.ToString("O", CultureInfo.InvariantCulture));
            next.Add("end_date", query.End.ToString("O", CultureInfo.InvariantCulture));
        }

        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{next}";
    }
}
