using Federation.Awards.Tests.Ranking;
using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// The ranking endpoint on a large cycle (400 entries, 25 judges assigned each, some recused, some disclosed conflicts
/// excluded, some sheets missing or incomplete) against a reference computed here the plain way, entry by entry.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class LargeCycleTests(AwardsFederation federation)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_large_cycle_ranks_as_the_plain_computation_of_its_sheets_does(bool normalise)
    {
        var cycle = LargeCycle.Make(entries: 400, judges: 25, Disorder.Some, normalise, seed: normalise ? 7 : 8);
        await federation.WithAwardsDbAsync("taipei", async db => { await cycle.SaveAsync(db); return 0; });
        var secretariat = await federation.AwardsAs("secretariat@taipei");

        var ranking = await secretariat.GetFromJsonAsync<RankingResponse>($"/api/awards/cycles/{cycle.Cycle.Id}/ranking");

        Assert.Equal(normalise, ranking!.Normalised);
        Assert.Equal(Reference(cycle, normalise), ranking.Entries.Select(Row));
    }

    private sealed record Expected(int Rank, Guid EntryId, decimal? Score, int Counting, int Recused, int Excluded, int Missing, bool Tied, string Averages);

    private static Expected Row(RankedEntryResponse r) => new(r.Rank, r.EntryId, r.Score, r.CountingSheets, r.Recused, r.Excluded, r.Missing, r.Tied,
        string.Join(' ', r.Criteria.Select(c => $"{c.Criterion}={c.Average}")));

    private sealed record Counted(Guid Judge, Guid EntryId, decimal Value, IReadOnlyList<Score> Scores);

    /// <summary>Every entry's judges one by one: what counts, the averages (or z-scores per judge), then the places.</summary>
    private static List<Expected> Reference(LargeCycle cycle, bool normalise)
    {
        var criteria = cycle.Cycle.Criteria;
        var counted = new List<Counted>();
        var standing = new Dictionary<Guid, (int Recused, int Excluded, int Missing)>();
        foreach (var entry in cycle.Entries)
        {
            var (recused, excluded, missing) = (0, 0, 0);
            foreach (var a in cycle.Assignments.Where(a => a.Entries.Any(e => e.EntryId == entry.Id)))
            {
                var conflict = a.Conflicts.SingleOrDefault(c => c.EntryId == entry.Id);
                var sheet = a.Sheets.SingleOrDefault(s => s.EntryId == entry.Id);
                if (conflict?.Kind == ConflictKind.Real) recused++;
                else if (conflict?.Excluded == true) excluded++;
                else if (sheet is null) missing++;
                else if (criteria.All(c => sheet.Scores.Any(s => s.CriterionKey == c.Key)))
                    counted.Add(new(a.JudgeId, entry.Id, criteria.Sum(c => c.Weight * sheet.Scores.Single(s => s.CriterionKey == c.Key).Value) / 100m, sheet.Scores));
            }
            standing[entry.Id] = (recused, excluded, missing);
        }

        var scores = new Dictionary<Guid, decimal>();
        foreach (var entry in cycle.Entries)
        {
            var own = counted.Where(c => c.EntryId == entry.Id).ToList();
            if (own.Count == 0) continue;
            if (!normalise)
            {
                scores[entry.Id] = own.Sum(c => c.Value) / own.Count;
                continue;
            }
            var z = own.Select(c =>
            {
                var judges = counted.Where(o => o.Judge == c.Judge).Select(o => o.Value).ToList();
                var (mean, sd) = (judges.Sum() / judges.Count, Sd(judges));
                return judges.Count < 2 || sd == 0 ? 0m : (c.Value - mean) / sd;
            }).ToList();
            var all = counted.Select(c => c.Value).ToList();
            scores[entry.Id] = Math.Clamp(all.Sum() / all.Count + z.Sum() / z.Count * Sd(all), 0m, 10m);
        }

        decimal? Average(Guid entryId, string key)
        {
            var own = counted.Where(c => c.EntryId == entryId).Select(c => c.Scores.Single(s => s.CriterionKey == key).Value).ToList();
            return own.Count == 0 ? null : Math.Round(own.Sum() / own.Count, 4, MidpointRounding.AwayFromZero);
        }
        Expected Place(Entry e, int rank, bool tied) => new(rank, e.Id,
            scores.TryGetValue(e.Id, out var s) ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : null,
            counted.Count(c => c.EntryId == e.Id), standing[e.Id].Recused, standing[e.Id].Excluded, standing[e.Id].Missing, tied,
            string.Join(' ', criteria.Select(c => $"{c.Key}={Average(e.Id, c.Key)}")));

        // Best score first (to 4 places); equal scores by the higher impact average; still equal share a rank, in submission order.
        var places = new List<Expected>();
        var submitted = cycle.Entries.OrderBy(e => e.NominatedAt).ThenBy(e => e.Id).ToList();
        var ranked = submitted.Where(e => scores.ContainsKey(e.Id))
            .GroupBy(e => (Math.Round(scores[e.Id], 4, MidpointRounding.AwayFromZero), Average(e.Id, Criterion.Impact)!.Value))
            .OrderByDescending(g => g.Key.Item1).ThenByDescending(g => g.Key.Item2);
        foreach (var equal in ranked)
        {
            var rank = places.Count + 1;
            places.AddRange(equal.Select(e => Place(e, rank, equal.Count() > 1)));
        }
        places.AddRange(submitted.Where(e => !scores.ContainsKey(e.Id)).Select(e => Place(e, 0, false)));
        return places;
    }

    private static decimal Sd(List<decimal> values)
    {
        var mean = values.Sum() / values.Count;
        return (decimal)Math.Sqrt((double)(values.Sum(v => (v - mean) * (v - mean)) / values.Count));
    }
}
