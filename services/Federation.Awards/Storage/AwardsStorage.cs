using Microsoft.Extensions.Hosting;

namespace Federation.Awards.Storage;

public static class AwardsStorage
{
    /// <summary>
    /// The cycles, entries, judges and assignments this city holds, in the database of
    /// <c>ConnectionStrings:Awards</c>, with the outbox.
    /// </summary>
    public static IHostApplicationBuilder AddAwardsStorage(this IHostApplicationBuilder builder)
    {
        builder.AddFederatedStorage<AwardsDbContext, PostgresAwardsDbContext>("Awards");
        // After the schema upgrade, which AddFederatedStorage registers first.
        builder.Services.AddHostedService<AssignmentGridBackfill>();
        return builder;
    }
}
