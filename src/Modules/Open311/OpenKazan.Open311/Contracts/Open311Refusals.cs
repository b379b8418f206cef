using Microsoft.AspNetCore.Http;
using OpenKazan.Open311.Formatting;

namespace OpenKazan.Open311.Contracts;

/// <summary>
/// The spec's error answer for an Open311 call refused before it reaches an Open311 endpoint (by the Host's input
/// guard), so clients read the same error list, in the format the path's extension asks for.
/// </summary>
public static class Open311Refusals
{
    public static IResult Error(PathString path, int status, string description)
    {
        var format = path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true ? Open311Format.Xml : Open311Format.Json;
        return new Open311Result(format, "errors", new[] { new Open311Error(status, description) }, status);
    }
}
