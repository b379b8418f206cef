using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpenKazan.Open311.Formatting;

/// <summary>
/// An Open311 answer in the format the path asked for. JSON is the payload as is (lists stay arrays); XML wraps it
/// in <see cref="XmlRoot"/> (<c>services</c>, <c>service_requests</c>, <c>errors</c>…).
/// </summary>
internal sealed class Open311Result(Open311Format format, string xmlRoot, object payload, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Open311Format Format { get; } = format;

    public string XmlRoot { get; } = xmlRoot;

    public object Payload { get; } = payload;

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (Format == Open311Format.Xml)
        {
            // The XML is written from the JSON form, so both show the same names and leave out the same values.
            var tree = JsonSerializer.SerializeToElement(Payload, Payload.GetType(), Open311Json.Options);
            response.ContentType = "text/xml; charset=utf-8";
            await response.Body.WriteAsync(Open311Xml.Write(XmlRoot, tree), httpContext.RequestAborted);
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, Payload, Payload.GetType(), Open311Json.Options, httpContext.RequestAborted);
    }
}
