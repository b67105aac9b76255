namespace Federation.Catalog.Features.Resync;

public static class ResyncEndpoints
{
    public static void MapResyncApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/catalog/resync", Request).WithTags("Federation").RequireAuthorization(Policies.Agency)
            .WithSummary("Ask other member cities (default: all) to send their catalogue again");

    private static async Task<Results<Accepted<ResyncResponse>, ValidationProblem>> Request(
        ResyncRequest? request, CatalogDbContext db, ThisCity city, MemberList members, TimeProvider time, CancellationToken ct)
    {
        var asked = request?.Cities is { Count: > 0 } named
            ? named.Select(c => c?.Trim().ToLowerInvariant() ?? "").Distinct().ToList()
            : members.Cities.Select(m => m.Id).Where(id => id != city.Id).ToList();
        var problems = new InputProblems();
        foreach (var c in asked.Where(c => !members.Contains(c) || c == city.Id))
            problems.Add("cities", FieldCodes.NotAMemberCity, $"'{c}' is not another member city.", ("city", c));
        if (problems.Any) return problems.ToResult();
        foreach (var target in asked)
            db.AskForResync(target, city, time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted("/api/solutions", new ResyncResponse(asked));
    }
}
