using Federation.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;
using Federation.Contracts.Trials;
using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

public sealed class SchemaTests : TestsWith<TrialFiles>
{
    [Fact]
    public async Task A_decision_and_its_message_to_the_other_city_are_saved_together()
    {
        var host = HostAt(TrialStatus.Screening);
        await Scratch.SaveAsync("taipei", host);

        await using (var db = Scratch.Open("taipei"))
        {
            var trial = await db.Trials.SingleAsync(t => t.Id == host.Id);
            Ok(trial.Reject(Cast.HostAgency, "No site free", Accepted));
            db.Send(trial.HomeCity, new TrialRejected(trial.Id, trial.HomeCity, trial.HostCity, trial.Rejection!.Reason, trial.Rejection.At));
            await db.SaveChangesAsync();
        }

        await using var read = Scratch.Open("taipei");
        var message = await read.OutboxMessages.SingleAsync();
        Assert.Equal(("seoul", typeof(TrialRejected).FullName), (message.TargetCity, message.MessageType));
        Assert.Empty(await read.ProcessedMessages.ToListAsync());
    }

    [Fact]
    public async Task The_file_reads_as_words_and_times_as_sortable_integers()
    {
        var host = HostAt(TrialStatus.Running);
        await Scratch.SaveAsync("taipei", host);

        var row = Query("taipei", "SELECT Copy, Status, typeof(UpdatedAt), Agreement_Kpis, Agreement_StartDate FROM Trials");

        Assert.Equal(["Host", "Running", "integer"], row[..3]);
        Assert.Contains("\"name\":\"Average waiting time\"", row[3]);
        Assert.Equal("2030-04-01", row[4]);
    }

    [Fact]
    public async Task A_node_refuses_a_second_copy_of_a_trial_it_holds()
    {
        var (home, host) = At(TrialStatus.Screening);
        await Scratch.SaveAsync("seoul", home);

        await Assert.ThrowsAsync<DbUpdateException>(() => Scratch.SaveAsync("seoul", host!));
    }

    [Theory]
    [InlineData("SELECT * FROM Trials WHERE Applicant_OrganisationId = 'x'")]
    [InlineData("SELECT * FROM Trials WHERE HomeCity = 'seoul' AND Status = 'Submitted'")]
    [InlineData("SELECT * FROM Trials WHERE HostCity = 'taipei' AND Status = 'Screening'")]
    [InlineData("SELECT * FROM Trials WHERE Status = 'Verified'")]
    public async Task The_lists_the_api_serves_are_read_through_an_index(string list)
    {
        await Scratch.SaveAsync("seoul", HomeAt(TrialStatus.Submitted));

        var plan = string.Join(" ", Query("seoul", "EXPLAIN QUERY PLAN " + list, column: 3));

        Assert.Contains("USING INDEX", plan);
    }

    private string[] Query(string city, string sql, int? column = null) => SqliteQuery.Rows(Scratch.PathOf(city), sql, column);
}
