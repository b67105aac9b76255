using Microsoft.AspNetCore.Http;

namespace Federation.Catalog.Common;

/// <summary>Finding records by id: any city's for reading, this city's own for changing.</summary>
public static class OwnedRecords
{
    /// <summary>The roles that write to the catalogue, strongest first: a user holding both acts as the agency.</summary>
    public static readonly IReadOnlyList<string> Roles = [Actor.Agency, Actor.Startup];

    /// <summary>A live record by id; <paramref name="city"/> picks the owner when two cities used the same id.</summary>
    public static async Task<T?> FindLiveAsync<T>(this IQueryable<T> records, Guid id, string ownCity, string? city, CancellationToken ct)
        where T : CatalogRecord
    {
        var matches = await records.Where(r => r.Id == id && !r.Withdrawn && (city == null || r.City == city)).ToListAsync(ct);
        return matches.FirstOrDefault(r => r.City == ownCity) ?? matches.OrderBy(r => r.City).FirstOrDefault();
    }

    /// <summary>
    /// This city's own live record that <paramref name="by"/> may change, or the problem to answer: 403 when another
    /// city owns it (only the owner changes a record) or another organisation of the city does, 404 when there is none
    /// or it was withdrawn.
    /// </summary>
    public static async Task<(T? Record, ProblemHttpResult? Problem)> FindOwnAsync<T>(this IQueryable<T> records,
        Guid id, string ownCity, Actor by, CancellationToken ct) where T : CatalogRecord
    {
        var matches = await records.Where(r => r.Id == id).ToListAsync(ct);
        var own = matches.FirstOrDefault(r => r.City == ownCity);
        if (own is { Withdrawn: false })
            return own.ChangeRefusedTo(by) is { } why
                ? (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Owned by another organisation", detail: why))
                : (own, null);
        if (own is null && matches.FirstOrDefault(r => !r.Withdrawn) is { } foreign)
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Owned by another city",
                detail: $"This record belongs to {foreign.City}; only {foreign.City}'s node can change it."));
        return (null, NotFound(id));
    }

    /// <summary>Saves a change to an owned record; a concurrent change that won the race is a 409.</summary>
    public static async Task<ProblemHttpResult?> SaveOrConflictAsync(this DbContext db, long version, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleVersion(version, version + 1);
        }
    }

    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No record {id} in the catalogue.");

    public static ProblemHttpResult StaleVersion(long sent, long current) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Stale version",
            detail: $"You sent version {sent} but the record is at version {current}: read it again and reapply your change.");
}
