namespace OpenKazan.Requests.Attachments;

/// <summary>
/// Recognises the accepted file types by their first bytes. The name and the declared content type are never trusted:
/// a script renamed to photo.jpg is refused here.
/// </summary>
internal static class FileSignature
{
    public const int HeaderLength = 12;

    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "image/jpeg";
        }

        if (header.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return header.StartsWith("%PDF-"u8) ? "application/pdf" : null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        _ => ".pdf",
    };
}
