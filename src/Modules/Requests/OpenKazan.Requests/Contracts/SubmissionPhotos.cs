namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The photos a new request comes with: checked files stored together with it, or a link to a photo kept elsewhere
/// (Open311's <c>media_url</c>).
/// </summary>
public sealed record SubmissionPhotos(IReadOnlyList<CheckedFile> Files, bool Linked = false)
{
    public static readonly SubmissionPhotos None = new([]);

    public bool Any => Files.Count > 0 || Linked;

    /// <summary>
    /// The category's "photo required" rule. It binds wherever the person reporting holds the camera (the web form, the
    /// API, Open311); a caller on the phone cannot attach one, and an emergency is never held back for want of a photo.
    /// </summary>
    public static bool RequiredFor(bool photoRequired, bool isEmergency, RequestChannel channel) =>
        photoRequired && !isEmergency && channel != RequestChannel.CallCentre;
}
