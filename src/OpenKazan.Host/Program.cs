using OpenKazan.Host;
using OpenKazan.Host.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenKazan();
var app = builder.Build();
app.UseOpenKazan();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await StartupTasks.RunAsync(app);
await app.RunAsync();
return 0;

/// <summary>Exposed so integration tests can host the real application through WebApplicationFactory.</summary>
public partial class Program;
