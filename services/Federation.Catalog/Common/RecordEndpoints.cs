using System.Security.Claims;
using Federation.Contracts;

namespace Federation.Catalog.Common;

/// <summary>The endpoints solutions and challenges share: search, read by id, withdraw.</summary>
public static class RecordEndpoints
{
    /// <param name="toResponse">The record as shown at the time given (a challenge past its deadline shows closed).</param>
    /// <param name="attach">Adds to a page of responses what other services broadcast about them (verified trials, say).</param>
    public static RouteGroupBuilder MapRecordEndpoints<TRecord, TResponse>(this RouteGroupBuilder api,
        Func<CatalogDbContext, DbSet<TRecord>> records, Func<TRecord, DateTimeOffset, TResponse> toResponse,
        Func<CatalogDbContext, IReadOnlyList<TResponse>, CancellationToken, Task<IReadOnlyList<TResponse>>>? attach = null)
        where TRecord : CatalogRecord
    {
        attach ??= (_, page, _) => Task.FromResult(page);
        api.MapGet("/", async Task<Results<Ok<SearchPage<TResponse>>, ValidationProblem>> (
            [AsParameters] SearchQuery query, CatalogDbContext db, MemberList members, LiveCounts counts, TimeProvider time, CancellationToken ct) =>
        {
            if (!CatalogSearch.TryRead(query, members, out var search, out var problem)) return problem;
            var found = await search.RunAsync(db, records(db), counts, ct);
            var now = time.GetUtcNow();
            var shown = await attach(db, [.. found.Items.Select(r => toResponse(r, now))], ct);
            return TypedResults.Ok(new SearchPage<TResponse>(shown, search.Page, search.PageSize, found.Total)
            {
                TotalIsEstimate = found.TotalIsEstimate,
                Facets = found.Facets,
            });
        }).AllowAnonymous().WithSummary("Search every member city's records: full text over all languages, best first (title, whole words) " +
            "or sort=newest, with facets and their filters (domain, city, trl, maturity, verified, awarded); total=estimate lets a " +
            "common word's total and facets be estimated");

        api.MapGet("/{id}", async Task<Results<Ok<TResponse>, ProblemHttpResult>> (
            Guid id, string? city, CatalogDbContext db, ThisCity thisCity, TimeProvider time, CancellationToken ct) =>
            await records(db).AsNoTracking().FindLiveAsync(id, thisCity.Id, city, ct) is { } record
                ? TypedResults.Ok((await attach(db, [toResponse(record, time.GetUtcNow())], ct))[0])
                : OwnedRecords.NotFound(id))
            .AllowAnonymous().WithSummary("One record by id; ?city= picks the owner if two cities used the same id");

        api.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid id, ClaimsPrincipal user, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct) =>
        {
            var (record, missing) = await records(db).FindOwnAsync(id, city.Id, Actors.Of(user, OwnedRecords.Roles), ct);
            if (record is null) return missing!;
            var version = record.Version;
            record.Withdraw(time.GetUtcNow());
            db.Publish(record.StateEvent());
            return await db.SaveOrConflictAsync(version, ct) is { } conflict ? conflict : TypedResults.NoContent();
        }).WithSummary("Withdraw this city's record; the tombstone reaches every city");
        return api;
    }
}
