using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// A city's writes (nominations, applications and their steps, enrolments, conflicts, scores) whose bodies also
/// carry what the caller may not set: ids, cities, statuses, organisations, rulings, sequences, times. The
/// server's values win, and nothing is stored under a chosen id.
/// </summary>
[Collection(nameof(AwardsFederation))]
public sealed class MassAssignmentTests(AwardsFederation federation)
{
    private static readonly Guid Chosen = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private const string LongAgo = "2001-01-01T00:00:00Z";

    [Fact]
    public async Task A_nomination_body_cannot_choose_its_id_city_status_title_agency_or_dates()
    {
        var cycle = await federation.ForgedCycleAsync();
        var solution = await federation.ListSolutionAsync("seoul", "Seoul bus stop");
        var agency = await federation.AwardsAs("agency@seoul");

        var entry = await SendJsonAsync<EntryResponse>(agency, HttpMethod.Post, "/api/awards/entries", $$"""
            {"cycleId": "{{cycle.CycleId}}", "solutionId": "{{solution.Id}}", "statement": "Cut waiting",
             "id": "{{Chosen}}", "city": "taipei", "heldAt": "taipei", "secretariatCity": "seoul", "status": "withdrawn", "version": 42,
             "solutionTitle": {"en": "Forged title"}, "solutionSummary": {"en": "Forged"}, "applicantOrganisation": "Forged startup",
             "nominatingAgency": "Forged agency", "reason": "Forged", "createdAt": "{{LongAgo}}", "nominatedAt": "{{LongAgo}}", "withdrawnAt": "{{LongAgo}}"}
            """, HttpStatusCode.Created);

        Assert.NotEqual(Chosen, entry.Id);
        Assert.Equal(("seoul", "nominated", "Seoul bus stop", "seoul smart city office"), (entry.City, entry.Status, entry.SolutionTitle["en"], entry.NominatingAgency));
        Assert.Equal((null, null, null), (entry.ApplicantOrganisation, entry.Reason, entry.WithdrawnAt));
        Recent(entry.CreatedAt);
        Recent(entry.NominatedAt!.Value);
        Assert.False(await federation.WithAwardsDbAsync("seoul", db => db.Entries.AnyAsync(e => e.Id == Chosen)));
    }

    [Fact]
    public async Task Application_endorsement_and_withdrawal_bodies_cannot_choose_status_organisations_or_what_was_entered()
    {
        var cycle = await federation.ForgedCycleAsync();
        var solution = await federation.ListSolutionAsync("seoul");
        var startup = await federation.AwardsAs("startup@seoul");
        var agency = await federation.AwardsAs("agency@seoul");

        var applied = await SendJsonAsync<EntryResponse>(startup, HttpMethod.Post, "/api/awards/applications", $$"""
            {"cycleId": "{{cycle.CycleId}}", "solutionId": "{{solution.Id}}", "statement": "Our bus stop",
             "id": "{{Chosen}}", "city": "taipei", "status": "nominated", "applicantOrganisation": "Forged startup",
             "nominatingAgency": "Forged agency", "nominatedAt": "{{LongAgo}}"}
            """, HttpStatusCode.Created);
        var endorsed = await SendJsonAsync<EntryResponse>(agency, HttpMethod.Post, $"/api/awards/entries/{applied.Id}/endorse", $$"""
            {"note": "Fits our programme", "status": "declined", "cycleId": "{{Guid.NewGuid()}}", "solutionId": "{{Guid.NewGuid()}}",
             "statement": "Forged statement", "city": "taipei", "applicantOrganisation": "Forged startup", "nominatingAgency": "Forged agency"}
            """);
        var withdrawn = await SendJsonAsync<EntryResponse>(startup, HttpMethod.Post, $"/api/awards/entries/{applied.Id}/withdraw", $$"""
            {"reason": "Changed our mind", "status": "nominated", "withdrawnAt": "{{LongAgo}}", "nominatedAt": "{{LongAgo}}"}
            """);

        Assert.NotEqual(Chosen, applied.Id);
        Assert.Equal(("seoul", "applied", "seoul startup", null), (applied.City, applied.Status, applied.ApplicantOrganisation, applied.NominatingAgency));
        Assert.Null(applied.NominatedAt);
        Assert.Equal(("nominated", cycle.CycleId, solution.Id, "Our bus stop"), (endorsed.Status, endorsed.CycleId, endorsed.SolutionId, endorsed.Statement));
        Assert.Equal(("seoul", "seoul startup", "seoul smart city office"), (endorsed.City, endorsed.ApplicantOrganisation, endorsed.NominatingAgency));
        Assert.Equal(("withdrawn", endorsed.NominatedAt), (withdrawn.Status, withdrawn.NominatedAt));
        Recent(withdrawn.WithdrawnAt!.Value);
    }

    [Fact]
    public async Task An_enrolment_body_cannot_choose_the_judge_s_id_city_organisation_or_who_enrolled_them()
    {
        var user = await federation.JudgeUserAsync("seoul");
        var agency = await federation.AwardsAs("agency@seoul");

        var judge = await SendJsonAsync<JudgeResponse>(agency, HttpMethod.Post, "/api/awards/judges", $$"""
            {"userName": "{{user.UserName}}", "displayName": "Dr. Kim", "expertise": ["transportation"],
             "id": "{{Chosen}}", "city": "taipei", "secretariatCity": "seoul", "heldAt": "taipei", "userId": "forged-user",
             "organisation": "Forged university", "enrolledBy": "Forged agency", "enrolledAt": "{{LongAgo}}"}
            """, HttpStatusCode.Created);

        Assert.NotEqual(Chosen, judge.Id);
        Assert.Equal(("seoul", "seoul judging panel", "seoul smart city office"), (judge.City, judge.Organisation, judge.EnrolledBy));
        Recent(judge.EnrolledAt);
        // The secretariat hears the server's values too.
        var heard = await Eventually.Value(() => federation.WithAwardsDbAsync("taipei", db => db.Judges.AsNoTracking().FirstOrDefaultAsync(j => j.Id == judge.Id)),
            j => j is not null, Propagation, "taipei's secretariat to hear of the judge");
        Assert.Equal(("seoul", user.Id, "seoul judging panel"), (heard!.City, heard.UserId, heard.Organisation));
        Assert.False(await federation.WithAwardsDbAsync("seoul", db => db.Judges.AnyAsync(j => j.Id == Chosen)));
    }

    [Fact]
    public async Task A_conflict_declaration_cannot_choose_its_ruling_its_entry_or_when_it_was_made()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var (entry, other) = (assigned.Entries[0].EntryId, assigned.Entries[1].EntryId);

        var answer = await SendJsonAsync<AssignmentResponse>(judge, HttpMethod.Post, $"/api/awards/assignments/{assigned.AssignmentId}/entries/{entry}/conflict", $$"""
            {"kind": "apparent", "note": "I know the founder", "entryId": "{{other}}", "recused": true, "excluded": true,
             "exclusionReason": "Forged ruling", "declaredAt": "{{LongAgo}}", "version": 42}
            """);

        var conflict = answer.Entries.Single(e => e.Entry.EntryId == entry).Conflict!;
        Assert.Equal(("apparent", "I know the founder", false, false, null), (conflict.Kind, conflict.Note, conflict.Recused, conflict.Excluded, conflict.ExclusionReason));
        Recent(conflict.DeclaredAt);
        Assert.Null(answer.Entries.Single(e => e.Entry.EntryId == other).Conflict);
        Assert.Equal(1L, answer.Version);
    }

    [Fact]
    public async Task A_score_sheet_body_cannot_choose_its_sequence_judge_entry_standing_or_time()
    {
        var (judge, assigned) = await federation.AssignedJudgeAsync("seoul");
        var (entry, other) = (assigned.Entries[0].EntryId, assigned.Entries[1].EntryId);

        var answer = await SendJsonAsync<AssignmentResponse>(judge, HttpMethod.Put, $"/api/awards/assignments/{assigned.AssignmentId}/entries/{entry}/scores", $$"""
            {"scores": [{"criterion": "impact", "value": 7, "weight": 100, "judgeId": "{{Guid.NewGuid()}}"}],
             "sequence": 42, "judgeId": "{{Guid.NewGuid()}}", "entryId": "{{other}}", "counts": false, "submittedAt": "{{LongAgo}}", "version": 42}
            """);

        var sheet = answer.Entries.Single(e => e.Entry.EntryId == entry).Sheet!;
        Assert.Equal((assigned.JudgeId, entry, 1, true), (sheet.JudgeId, sheet.EntryId, sheet.Sequence, sheet.Counts));
        Assert.Equal([("impact", 7m)], sheet.Scores.Select(s => (s.Criterion, s.Value)));
        Recent(sheet.SubmittedAt);
        Assert.Null(answer.Entries.Single(e => e.Entry.EntryId == other).Sheet);
        Assert.Equal(1L, answer.Version);
    }

    /// <summary>Set by the server just now, not the long-ago time the body claimed.</summary>
    internal static void Recent(DateTimeOffset at) => Assert.InRange(at, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
}
