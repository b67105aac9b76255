using Microsoft.Extensions.Hosting;

namespace Federation.Trials.Storage;

public static class TrialsStorage
{
    /// <summary>The trials this city holds, in the database of <c>ConnectionStrings:Trials</c>, with the outbox.</summary>
    public static IHostApplicationBuilder AddTrialsStorage(this IHostApplicationBuilder builder) =>
        builder.AddFederatedStorage<TrialsDbContext, PostgresTrialsDbContext>("Trials");
}
