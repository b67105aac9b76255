using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class ConcurrencyTests : ConcurrencyTests<TrialFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class ConcurrencyTestsOnPostgres : ConcurrencyTests<PostgresTrialFiles>;

public abstract class ConcurrencyTests<TStore> : TestsWith<TStore> where TStore : TrialFiles, new()
{
    [Fact]
    public async Task The_second_of_two_writers_of_one_trial_is_refused()
    {
        var host = HostAt(TrialStatus.Screening);
        await Scratch.SaveAsync("taipei", host);
        await using var first = Scratch.Open("taipei");
        await using var second = Scratch.Open("taipei");
        var byFirst = await first.Trials.SingleAsync(t => t.Id == host.Id);
        var bySecond = await second.Trials.SingleAsync(t => t.Id == host.Id);

        Ok(byFirst.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Accepted));
        await first.SaveChangesAsync();
        Ok(bySecond.Reject(Cast.OtherHostAgency, "No site", Accepted));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(TrialStatus.Accepted, (await Scratch.LoadAsync("taipei", host.Id)).Status);
    }

    [Fact]
    public async Task A_review_racing_a_new_measurement_is_refused()
    {
        var (_, host) = At(TrialStatus.Running);
        await Scratch.SaveAsync("taipei", host!);
        var pending = host!.Measurements.Single(m => m.Review == ReviewState.Pending).Id;
        await using var consumer = Scratch.Open("taipei");
        await using var endpoint = Scratch.Open("taipei");
        var heard = await consumer.Trials.SingleAsync(t => t.Id == host.Id);
        var reviewed = await endpoint.Trials.SingleAsync(t => t.Id == host.Id);

        Ok(heard.ApplyMeasurementReported(Guid.NewGuid(), new MeasurementInput(WaitingTime.Name, 9m, DuringTrial), DuringTrial));
        await consumer.SaveChangesAsync();
        Ok(reviewed.ReviewMeasurement(Cast.HostAgency, pending, ReviewState.Confirmed, null, DuringTrial));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => endpoint.SaveChangesAsync());
        Assert.Equal(3, (await Scratch.LoadAsync("taipei", host.Id)).Measurements.Count);
    }

    [Fact]
    public async Task One_writer_saves_step_after_step()
    {
        var host = HostAt(TrialStatus.Screening);
        await Scratch.SaveAsync("taipei", host);
        await using var db = Scratch.Open("taipei");
        var trial = await db.Trials.SingleAsync(t => t.Id == host.Id);

        Ok(trial.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Accepted));
        await db.SaveChangesAsync();
        Ok(trial.Start(StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        await db.SaveChangesAsync();

        Assert.Equal(TrialStatus.Running, (await Scratch.LoadAsync("taipei", host.Id)).Status);
    }
}
