namespace OpenKazan.Requests.Contracts;

/// <summary>A file read within the size limit, its type learnt from its content and its name made safe; not stored yet.</summary>
public sealed record CheckedFile(byte[] Content, string ContentType, string FileName);
