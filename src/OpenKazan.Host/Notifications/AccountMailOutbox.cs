using System.Threading.Channels;
using OpenKazan.BuildingBlocks.Notifications;

namespace OpenKazan.Host.Notifications;

/// <summary>
/// Account mails wait here (in memory, not in the database) for <see cref="AccountMailDelivery"/>, which hands them to the one
/// <see cref="IEmailSender"/> off the request path: a page that mails a registered e-mail does the same work as one
/// for an unknown e-mail (putting a message in memory), so its time tells nothing. Kept in this node's memory: mails
/// still queued when the node stops are lost, and the person asks again.
/// </summary>
public sealed class AccountMailOutbox
{
    /// <summary>Far more than a node sends in the time it takes to deliver them; beyond it a mail is dropped (and logged).</summary>
    public const int Capacity = 10_000;

    private readonly Channel<EmailMessage> _mails = Channel.CreateBounded<EmailMessage>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private int _pending;

    /// <summary>Mails queued or being handed over right now.</summary>
    public int Pending => Volatile.Read(ref _pending);

    internal ChannelReader<EmailMessage> Reader => _mails.Reader;

    /// <summary>Queues the mail; false when the queue is full.</summary>
    public bool TryEnqueue(EmailMessage mail)
    {
        Interlocked.Increment(ref _pending);
        if (_mails.Writer.TryWrite(mail))
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        return false;
    }

    internal void Delivered() => Interlocked.Decrement(ref _pending);
}
