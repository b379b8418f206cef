using System.Net;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>
/// Front-end libraries come from npm through the build (src/OpenKazan.Host/FrontEndPackages.targets) and are served by
/// the app itself, in every city, with no CDN.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class FrontEndLibraryTests(SqliteFactory factory)
{
    [Theory]
    [InlineData("/lib/leaflet/leaflet.js", "text/javascript", "Leaflet")]
    [InlineData("/lib/leaflet/leaflet.css", "text/css", ".leaflet-pane")]
    [InlineData("/lib/leaflet.markercluster/leaflet.markercluster.js", "text/javascript", "MarkerClusterGroup")]
    [InlineData("/lib/leaflet.markercluster/MarkerCluster.Default.css", "text/css", ".marker-cluster")]
    public async Task A_library_copied_from_npm_is_served_by_the_app(string path, string contentType, string marker)
    {
        var response = await factory.ClientFor("kazan.localhost").GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
