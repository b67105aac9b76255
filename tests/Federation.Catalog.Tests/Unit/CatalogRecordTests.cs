using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Tests.Unit;

public sealed class CatalogRecordTests
{
    private static readonly DateTimeOffset Monday = new(2030, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static SolutionInput Input()
    {
        Assert.True(SolutionInput.TryRead(Samples.Solution(), out var input, out _));
        return input;
    }

    [Fact]
    public void New_listing_is_version_1_owned_by_its_city()
    {
        var solution = Solution.Create("taipei", Input(), Monday);

        Assert.Equal(1, solution.Version);
        Assert.Equal("taipei", solution.City);
        Assert.NotEqual(Guid.Empty, solution.Id);
        Assert.False(solution.Withdrawn);
        Assert.Equal(Monday, solution.PublishedAt);
        Assert.Equal(Monday, solution.UpdatedAt);
    }

    [Fact]
    public void Each_update_increments_the_version_and_keeps_the_publication_date()
    {
        var solution = Solution.Create("taipei", Input(), Monday);

        solution.Update(Input(), Monday.AddDays(1));
        solution.Update(Input(), Monday.AddDays(2));

        Assert.Equal(3, solution.Version);
        Assert.Equal(Monday, solution.PublishedAt);
        Assert.Equal(Monday.AddDays(2), solution.UpdatedAt);
    }

    [Fact]
    public void Withdrawal_is_a_new_version_marked_withdrawn()
    {
        var solution = Solution.Create("taipei", Input(), Monday);

        solution.Withdraw(Monday.AddHours(1));

        Assert.True(solution.Withdrawn);
        Assert.Equal(2, solution.Version);
        Assert.Equal(Monday.AddHours(1), solution.UpdatedAt);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(1, false)]
    [InlineData(4, true)]
    [InlineData(10, true)]
    public void Only_a_higher_incoming_version_is_newer(long incoming, bool newer)
    {
        var solution = Solution.Create("taipei", Input(), Monday);
        solution.Update(Input(), Monday);
        solution.Update(Input(), Monday);

        Assert.Equal(newer, solution.IsOlderThan(incoming));
    }

    [Fact]
    public void Tombstone_for_a_record_never_seen_remembers_it_as_withdrawn()
    {
        var id = Guid.NewGuid();
        var record = new Solution();

        record.ApplyTombstone(id, "seoul", 5, Monday);

        Assert.Equal((id, "seoul", 5L, true), (record.Id, record.City, record.Version, record.Withdrawn));
        Assert.Equal(Monday, record.PublishedAt);
        Assert.Equal(Monday, record.UpdatedAt);
    }

    [Fact]
    public void Tombstone_for_a_held_replica_keeps_its_publication_date()
    {
        var replica = Samples.SolutionOf("seoul", Samples.En("Lamp"), publishedAt: Monday);
        var record = new Solution();
        record.ApplyReplica(replica);

        record.ApplyTombstone(replica.Id, "seoul", 2, Monday.AddDays(3));

        Assert.True(record.Withdrawn);
        Assert.Equal(2, record.Version);
        Assert.Equal(Monday, record.PublishedAt);
    }

    [Fact]
    public void Replica_keeps_every_language_of_its_title()
    {
        var title = new Dictionary<string, string>
        {
            ["en"] = "Smart street lamp", ["zh-TW"] = "智慧路燈", ["ko"] = "스마트 가로등", ["fr-CA"] = "Lampadaire intelligent",
        };
        var record = new Solution();

        record.ApplyReplica(Samples.SolutionOf("seoul", title, version: 4));

        Assert.Equal(title.OrderBy(t => t.Key), record.Title.OrderBy(t => t.Key));
        Assert.Equal(title.OrderBy(t => t.Key), record.ToResponse().Title.OrderBy(t => t.Key));
        Assert.Equal(("seoul", 4L, false), (record.City, record.Version, record.Withdrawn));
        Assert.Contains("lampadaire", record.SearchText);
        Assert.Contains(Common.CatalogText.Normalize("智慧路燈"), record.SearchText);
    }
}
