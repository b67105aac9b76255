namespace Federation.Trials.Tests.Storage;

/// <summary>Taipei's trials service started on a file of the release before migrations.</summary>
public sealed class UpgradeTests : IAsyncLifetime
{
    // A running trial hosted by taipei in the fixture, made by the release before migrations.
    private static readonly Guid RunningTrial = Guid.Parse("a408d952-88d1-4c6c-ad1c-c77d9edb5693");
    private FederationHost _host = null!;

    public async Task InitializeAsync() => _host = await FederationHost.For("taipei").StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_trials_file_of_the_release_before_migrations_starts_upgraded_with_its_trials()
    {
        var file = Path.Combine(_host.Brokers.CityDirectory("taipei"), "trials.db");
        PreviousRelease.CopyTo("trials-61fc484.db", file);

        var trials = await _host.StartAsync<Program>("taipei", "trials");
        var trial = await trials.WithScopeAsync<TrialsDbContext, Trial>(db => db.Trials.SingleAsync(t => t.Id == RunningTrial));

        Assert.Equal((TrialStatus.Running, "taipei"), (trial.Status, trial.HostCity));
        Assert.Equal(Journey.WaitingTime.Name, trial.Agreement!.Kpis[0].Name);
        Assert.Equal(await PreviousRelease.NewSchemaAsync<TrialsDbContext>(file, o => new(o)), PreviousRelease.Schema(file));
    }
}
