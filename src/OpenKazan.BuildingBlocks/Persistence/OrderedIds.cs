namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// Version 7 ids that increase within this process even inside one millisecond: .NET fills a v7 id's bits after the
/// millisecond with random ones, so two history lines written in the same millisecond (a request filed and dispatched
/// in one unit of work) would otherwise sort in either order when their times are equal.
/// </summary>
public static class OrderedIds
{
    private static readonly Lock Gate = new();
    private static Guid _last;

    public static Guid Next()
    {
        var next = Guid.CreateVersion7();
        lock (Gate)
        {
            if (Compare(next, _last) <= 0)
            {
                next = After(_last);
            }

            _last = next;
            return next;
        }
    }

    /// <summary>Ids compared as the databases and the text form order them: byte by byte, big-endian.</summary>
    public static int Compare(Guid left, Guid right) =>
        left.ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(right.ToByteArray(bigEndian: true));

    /// <summary>The next id after <paramref name="id"/>: its random tail plus one (never reaching the variant byte in practice).</summary>
    private static Guid After(Guid id)
    {
        var bytes = id.ToByteArray(bigEndian: true);
        var i = bytes.Length - 1;
        while (i > 8 && ++bytes[i] == 0)
        {
            i--;
        }

        return new Guid(bytes, bigEndian: true);
    }
}
