namespace Federation.Awards.Tests.Storage;

/// <summary>Taipei's awards service started on a file of the release before migrations.</summary>
public sealed class UpgradeTests : IAsyncLifetime
{
    // The secretariat's open cycle in the fixture, made by the release before migrations.
    private static readonly Guid OpenCycle = Guid.Parse("34c9daa0-59ae-4845-a54f-769bcc204d34");
    private FederationHost _host = null!;

    public async Task InitializeAsync() => _host = await FederationHost.For("taipei").StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task An_awards_file_of_the_release_before_migrations_starts_upgraded_with_its_cycles()
    {
        var file = Path.Combine(_host.Brokers.CityDirectory("taipei"), "awards.db");
        PreviousRelease.CopyTo("awards-61fc484.db", file);

        var awards = await _host.StartAsync<Program>("taipei", "awards");
        var cycle = await awards.WithScopeAsync<AwardsDbContext, AwardCycle>(db => db.Cycles.SingleAsync(c => c.Id == OpenCycle));

        Assert.Equal(("GO SMART Award 2031", 2031, 4), (cycle.Name, cycle.Year, cycle.Criteria.Count));
        // Translations came later: an earlier release's cycle simply has none.
        Assert.Equal((0, 0, 0), (cycle.NameTranslations.Count, cycle.LabelNames.Count, cycle.AnnouncementTranslations.Count));
        Assert.Equal(await PreviousRelease.NewSchemaAsync<AwardsDbContext>(file, o => new(o)), PreviousRelease.Schema(file));
    }
}
