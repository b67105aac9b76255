using Federation.Catalog.Common;
using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using Federation.Topology;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Federation.Catalog.Features.Solutions;

public static class SolutionEndpoints
{
    public static void MapSolutionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/solutions").WithTags("Solutions");
        api.MapGet("/", Search).WithSummary("Search the federated catalogue: this city's listings and every replicated one");
        api.MapGet("/{id:guid}", Get);
        api.MapPost("/", Create).WithSummary("List a solution owned by this city");
        api.MapPut("/{id:guid}", Update).WithSummary("Change this city's listing; send the version you read");
        api.MapDelete("/{id:guid}", Withdraw).WithSummary("Withdraw this city's listing from every city");
    }

    private static async Task<Results<Ok<ResultPage<SolutionResponse>>, ValidationProblem>> Search(
        string? q, string? domain, string? city, string? page, string? pageSize,
        CatalogDbContext db, MemberList members, CancellationToken ct)
    {
        if (!CatalogSearch.TryRead(q, domain, city, page, pageSize, members, out var search, out var problem)) return problem;
        var (items, total) = await search.RunAsync(db.Solutions.AsNoTracking(), ct);
        return TypedResults.Ok(new ResultPage<SolutionResponse>([.. items.Select(s => s.ToResponse())], search.Page, search.PageSize, total));
    }

    private static async Task<Results<Ok<SolutionResponse>, ProblemHttpResult>> Get(
        Guid id, string? city, CatalogDbContext db, ThisCity thisCity, CancellationToken ct) =>
        await db.Solutions.AsNoTracking().FindLiveAsync(id, thisCity.Id, city, ct) is { } solution
            ? TypedResults.Ok(solution.ToResponse())
            : OwnedRecords.NotFound(id);

    private static async Task<Results<Created<SolutionResponse>, ValidationProblem>> Create(
        SolutionRequest request, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (!SolutionInput.TryRead(request, out var input, out var problem)) return problem;
        var solution = Solution.Create(city.Id, input, time.GetUtcNow());
        db.Solutions.Add(solution);
        db.Publish(new SolutionPublished(solution.ToResponse()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/solutions/{solution.Id}", solution.ToResponse());
    }

    private static async Task<Results<Ok<SolutionResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateSolutionRequest request, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        if (!SolutionInput.TryRead(request, out var input, out var version, out var problem)) return problem;
        var (solution, missing) = await db.Solutions.FindOwnAsync(id, city.Id, ct);
        if (solution is null) return missing!;
        if (solution.Version != version) return OwnedRecords.StaleVersion(version, solution.Version);
        solution.Update(input, time.GetUtcNow());
        db.Publish(new SolutionPublished(solution.ToResponse()));
        if (await db.SaveOrConflictAsync(version, ct) is { } conflict) return conflict;
        return TypedResults.Ok(solution.ToResponse());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(
        Guid id, CatalogDbContext db, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var (solution, missing) = await db.Solutions.FindOwnAsync(id, city.Id, ct);
        if (solution is null) return missing!;
        var version = solution.Version;
        solution.Withdraw(time.GetUtcNow());
        db.Publish(new SolutionWithdrawn(solution.Id, solution.City, solution.Version, solution.UpdatedAt));
        if (await db.SaveOrConflictAsync(version, ct) is { } conflict) return conflict;
        return TypedResults.NoContent();
    }
}
