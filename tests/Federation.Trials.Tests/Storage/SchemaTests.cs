using Federation.Contracts.Trials;
using Federation.ServiceDefaults.Outbox;
using Federation.Trials.Common;
using Federation.Trials.Tests.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

public sealed class SchemaTests : IDisposable
{
    private readonly TrialFiles _files = new();

    [Fact]
    public async Task A_decision_and_its_message_to_the_other_city_are_saved_together()
    {
        var host = HostAt(TrialStatus.Screening);
        await _files.SaveAsync("taipei", host);

        await using (var db = _files.Open("taipei"))
        {
            var trial = await db.Trials.SingleAsync(t => t.Id == host.Id);
            Ok(trial.Reject(Cast.HostAgency, "No site free", Accepted));
            db.Send(trial.HomeCity, new TrialRejected(trial.Id, trial.HomeCity, trial.HostCity, trial.Rejection!.Reason, trial.Rejection.At));
            await db.SaveChangesAsync();
        }

        await using var read = _files.Open("taipei");
        var message = await read.OutboxMessages.SingleAsync();
        Assert.Equal(("seoul", typeof(TrialRejected).FullName), (message.TargetCity, message.MessageType));
        Assert.Empty(await read.ProcessedMessages.ToListAsync());
    }

    [Fact]
    public async Task The_file_reads_as_words_and_times_as_sortable_integers()
    {
        var host = HostAt(TrialStatus.Running);
        await _files.SaveAsync("taipei", host);

        var row = Query("taipei", "SELECT Copy, Status, typeof(UpdatedAt), Agreement_Kpis, Agreement_StartDate FROM Trials");

        Assert.Equal(["Host", "Running", "integer"], row[..3]);
        Assert.Contains("\"name\":\"Average waiting time\"", row[3]);
        Assert.Equal("2030-04-01", row[4]);
    }

    [Fact]
    public async Task A_node_refuses_a_second_copy_of_a_trial_it_holds()
    {
        var (home, host) = At(TrialStatus.Screening);
        await _files.SaveAsync("seoul", home);

        await Assert.ThrowsAsync<DbUpdateException>(() => _files.SaveAsync("seoul", host!));
    }

    [Theory]
    [InlineData("SELECT * FROM Trials WHERE Applicant_Organisation = 'x'")]
    [InlineData("SELECT * FROM Trials WHERE HomeCity = 'seoul' AND Status = 'Submitted'")]
    [InlineData("SELECT * FROM Trials WHERE HostCity = 'taipei' AND Status = 'Screening'")]
    [InlineData("SELECT * FROM Trials WHERE Status = 'Verified'")]
    public async Task The_lists_the_api_serves_are_read_through_an_index(string list)
    {
        await _files.SaveAsync("seoul", HomeAt(TrialStatus.Submitted));

        var plan = string.Join(" ", Query("seoul", "EXPLAIN QUERY PLAN " + list, column: 3));

        Assert.Contains("USING INDEX", plan);
    }

    private string[] Query(string city, string sql, int? column = null)
    {
        using var connection = new SqliteConnection($"Data Source={_files.PathOf(city)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            if (column is { } c) values.Add(reader.GetString(c));
            else for (var i = 0; i < reader.FieldCount; i++) values.Add(reader.GetString(i));
        }
        return [.. values];
    }

    public void Dispose() => _files.Dispose();
}
