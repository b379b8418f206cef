using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;
using Quartz;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// Account mails wait in the platform database, not in a node's memory: a reset mail asked for on a node that stops
/// before handing it over is delivered by the node started after it.
/// </summary>
public abstract class AccountMailOutboxTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task A_mail_queued_on_a_node_that_stops_is_delivered_by_the_node_started_after_it()
    {
        var registered = await factory.NewAccountAsync(Roles.Resident);
        var main = await StandbyAsync(factory.Services);
        try
        {
            // The node that stops would hand its mails over only in an hour, and its scheduler is held besides.
            await using (var stopping = factory.WithWebHostBuilder(b => b.UseSetting("Identity:AccountMailInterval", "01:00:00")))
            {
                await StandbyAsync(stopping.Services);
                var answer = await new Browser(stopping).SubmitAsync($"{Kazan}/account/forgot-password", new Dictionary<string, string> { ["Email"] = registered });
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                Assert.Equal(1, await factory.AccountMailsWaitingAsync(registered));
            }

            Assert.Equal(0, AccountAnswers.MailsTo(factory.MailFolder, registered));
            await using var restarted = factory.WithWebHostBuilder(_ => { });
            _ = restarted.Services;
            var link = await SentMail.LinkAsync(factory.MailFolder, registered, SentMail.ResetLink());
            Assert.Contains("/account/reset-password", link, StringComparison.Ordinal);

            // The row is deleted only after the mail was handed over, so the file can appear a moment before it goes.
            await Eventually.UntilAsync(() => factory.AccountMailsWaitingAsync(registered), waiting => waiting == 0, TimeSpan.FromSeconds(30), "the sent mail to leave the outbox");
        }
        finally
        {
            await main.Start();
        }
    }

    /// <summary>Holds the node's scheduler once it has started (its hosted service starts it when the application has).</summary>
    private static async Task<IScheduler> StandbyAsync(IServiceProvider services)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await scheduler.GetStatus(deadline.Token) != SchedulerStatus.Running)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }

        await scheduler.Standby();
        return scheduler;
    }
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteAccountMailOutboxTests(SqliteSecurityFactory factory) : AccountMailOutboxTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresAccountMailOutboxTests(PostgresSecurityFactory factory) : AccountMailOutboxTests(factory);
