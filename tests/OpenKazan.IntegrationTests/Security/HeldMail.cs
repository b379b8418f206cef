using System.Collections.Concurrent;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Requests.Notifications.Email;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// The mail relay of <see cref="SecurityFactory"/>: the application's pickup folder, except that a mail to an address a
/// test holds waits in the relay until the test lets it go (a slow SMTP server, as seen from the sender).
/// </summary>
public sealed class HeldMail
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Holds mails to the address until the result is disposed.</summary>
    public IDisposable Hold(string email)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held[email] = gate;
        return new Release(() =>
        {
            _held.TryRemove(email, out _);
            gate.TrySetResult();
        });
    }

    internal Task WaitAsync(string to, CancellationToken cancellationToken) =>
        _held.TryGetValue(to, out var gate) ? gate.Task.WaitAsync(cancellationToken) : Task.CompletedTask;

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}

/// <summary>The pickup folder behind <see cref="HeldMail"/>.</summary>
public sealed class HoldingEmailSender(PickupFolderEmailSender pickup, HeldMail held) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await held.WaitAsync(message.To, cancellationToken);
        await pickup.SendAsync(message, cancellationToken);
    }
}
