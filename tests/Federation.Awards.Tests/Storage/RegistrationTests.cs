using Federation.ServiceDefaults.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Federation.Awards.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class RegistrationTests : RegistrationTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class RegistrationTestsOnPostgres : RegistrationTests<PostgresAwardFiles>;

public abstract class RegistrationTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    [Fact]
    public async Task The_service_creates_its_file_at_start_and_saves_awards_in_it()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Scratch.Settings(Cast.Taipei));
        // What messaging registers in the service: the outbox interceptor the storage attaches.
        builder.Services.AddSingleton(TimeProvider.System).AddQueuedRows<OutboxMessage>();
        builder.AddAwardsStorage();
        using var host = builder.Build();
        await host.StartAsync();

        var cycle = new World().Cycle;
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
        }
        await host.StopAsync();

        Assert.Equal(cycle.Terms(), (await Scratch.LoadAsync<AwardCycle>(Cast.Taipei, cycle.Id)).Terms());
    }
}
