using Federation.ServiceDefaults.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class RegistrationTests : RegistrationTests<TrialFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class RegistrationTestsOnPostgres : RegistrationTests<PostgresTrialFiles>;

public abstract class RegistrationTests<TStore> : TestsWith<TStore> where TStore : TrialFiles, new()
{
    [Fact]
    public async Task The_service_creates_its_file_at_start_and_saves_trials_in_it()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Scratch.Settings("seoul"));
        // What messaging registers in the service: the outbox interceptor the storage attaches.
        builder.Services.AddSingleton(TimeProvider.System).AddQueuedRows<OutboxMessage>();
        builder.AddTrialsStorage();
        using var host = builder.Build();
        await host.StartAsync();

        var trial = Draft();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrialsDbContext>();
            db.Trials.Add(trial);
            await db.SaveChangesAsync();
        }
        await host.StopAsync();

        Assert.Equal(trial.Goals, (await Scratch.LoadAsync("seoul", trial.Id)).Goals);
    }
}
