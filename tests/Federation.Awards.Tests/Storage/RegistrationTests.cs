using Federation.ServiceDefaults.Outbox;
using Microsoft.Extensions.Hosting;

namespace Federation.Awards.Tests.Storage;

public sealed class RegistrationTests : TestsWith<AwardFiles>
{
    [Fact]
    public async Task The_service_creates_its_file_at_start_and_saves_awards_in_it()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:Awards"] = $"Data Source={Scratch.PathOf(Cast.Taipei)}";
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
