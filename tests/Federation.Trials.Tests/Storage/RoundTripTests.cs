using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class RoundTripTests : RoundTripTests<TrialFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class RoundTripTestsOnPostgres : RoundTripTests<PostgresTrialFiles>;

public abstract class RoundTripTests<TStore> : TestsWith<TStore> where TStore : TrialFiles, new()
{
    /// <summary>Every copy a node can hold: the home copy at each status, the host copy from screening on.</summary>
    public static TheoryData<TrialStatus, TrialSide> Copies()
    {
        var copies = new TheoryData<TrialStatus, TrialSide>();
        foreach (var status in Enum.GetValues<TrialStatus>())
        {
            copies.Add(status, TrialSide.Home);
            if (At(status).Host is not null) copies.Add(status, TrialSide.Host);
        }
        return copies;
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public async Task A_copy_reads_back_as_it_was_saved(TrialStatus status, TrialSide side)
    {
        var (home, host) = At(status);
        var saved = side == TrialSide.Home ? home : host!;
        var city = side == TrialSide.Home ? "seoul" : "taipei";

        await Scratch.SaveAsync(city, saved);
        var read = await Scratch.LoadAsync(city, saved.Id);

        Assert.Equal(status, read.Status);
        Assert.Equal(Everything(saved), Everything(read));
        Assert.Equal(Behaviour(saved), Behaviour(read));
    }

    [Fact]
    public async Task An_outcome_reads_back_with_its_note_and_recorder()
    {
        var host = HostAt(TrialStatus.Closed);
        Ok(host.RecordOutcome(Cast.HostAgency, OutcomeKind.Continued, new DateOnly(2030, 9, 20), "Second phase funded", Closed.AddDays(10)));

        await Scratch.SaveAsync("taipei", host);
        var read = await Scratch.LoadAsync("taipei", host.Id);

        Assert.Equal(host.Outcome, read.Outcome);
        Assert.Equal(Everything(host), Everything(read));
    }

    [Fact]
    public async Task A_value_reads_back_with_the_digits_it_was_reported_with()
    {
        var (home, host) = At(TrialStatus.Accepted);
        Report(home, host!, WaitingTime.Name, 9.50m);

        await Scratch.SaveAsync("seoul", home);
        var read = await Scratch.LoadAsync("seoul", home.Id);

        Assert.Equal("9.50", read.Measurements.Single().Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Every public value of the trial, measurements and decisions included, as one comparable text.
    private static string Everything(Trial trial) => JsonSerializer.Serialize(trial);

    private static object Behaviour(Trial trial) => string.Join("; ",
        [
            $"overdue before the deadline: {trial.IsScreeningOverdue(Arrived)}",
            $"overdue after: {trial.IsScreeningOverdue(Arrived.AddDays(60))}",
            .. trial.Progress().Select(p => $"{p.Kpi.Name}: {p.Latest?.Id} {p.RawFraction} {p.Fraction}"),
            $"endorsed application: {JsonSerializer.Serialize(trial.ToEndorsedApplication())}",
        ]);
}
