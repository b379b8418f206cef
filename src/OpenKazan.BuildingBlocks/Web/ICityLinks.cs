namespace OpenKazan.BuildingBlocks.Web;

/// <summary>
/// Absolute links to the current city's pages, for text that leaves the product (e-mails). The host is always the
/// configured one, never the request's Host header; outside a request (background jobs) the configured issuer's scheme
/// and port are used.
/// </summary>
public interface ICityLinks
{
    Uri To(string pathAndQuery);
}
