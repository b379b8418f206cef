using System.Text.Json;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Host.Security;

/// <summary>Walks a JSON body once and names the first string (value or property name) the input rule refuses.</summary>
public static class JsonText
{
    /// <summary>The property holding the offending string, "(body)" at the top level, or null when all is well;
    /// unreadable JSON is left to the endpoint, which answers its own 400.</summary>
    public static string? FindHostileString(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        var property = "(body)";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
                {
                    continue;
                }

                string? text;
                try
                {
                    text = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    // An escaped surrogate half standing alone: text no writer can encode.
                    return reader.TokenType == JsonTokenType.PropertyName || property.Length == 0 ? "(field name)" : property;
                }

                var hostile = InputText.FindControl(text) is not null || text is { Length: > HostileInputMiddleware.MaxTextLength };
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = hostile ? InputText.StripControls(text) : text!;
                }

                if (hostile)
                {
                    return property.Length > 0 ? property : "(field name)";
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }

        return null;
    }
}
