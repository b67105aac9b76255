using System.Security.Claims;
using Federation.Catalog.Features.Awards;
using Federation.Catalog.Features.Verifications;

namespace Federation.Catalog.Features.Solutions;

public static class SolutionEndpoints
{
    public static void MapSolutionsApi(this IEndpointRouteBuilder app)
    {
        // Writes are for an agency or a company's person of this city (each listing's owner is checked on it); the
        // reads below opt out, so a new endpoint starts protected.
        var api = app.MapGroup("/api/solutions").WithTags("Solutions").RequireAuthorization(Policies.AgencyOrStartup)
            .MapRecordEndpoints(db => db.Solutions, (s, _) => s.ToResponse(), AttachBadgesAsync);
        api.MapPost("/", Create).WithSummary("List a solution of this city: a company its own, an agency its own or a local organisation's");
        api.MapPut("/{id}", Update).WithSummary("Change this city's listing (a company only its own); send the version you read");
    }

    /// <summary>What other services broadcast about a page of listings: verified trials and award results.</summary>
    internal static async Task<IReadOnlyList<SolutionResponse>> AttachBadgesAsync(CatalogDbContext db,
        IReadOnlyList<SolutionResponse> page, CancellationToken ct) =>
        await AwardBadges.AttachAsync(db, await VerificationBadges.AttachAsync(db, page, ct), ct);

    private static async Task<Results<Created<SolutionResponse>, ValidationProblem, ProblemHttpResult>> Create(
        SolutionRequest request, ClaimsPrincipal user, ProviderOrganisations owners, CatalogDbContext db, ThisCity city,
        MemberList members, TimeProvider time, CancellationToken ct)
    {
        if (!SolutionInput.TryRead(request, out var input, out var problem)) return problem;
        if (!members.Contains(input.Provider.HomeCity!)) return InputProblems.NotMember("provider.homeCity", input.Provider.HomeCity!);
        var (provider, invalid, refused) = await owners.OwnAsync(input.Provider, Actors.Of(user, OwnedRecords.Roles), city.Id, ct);
        if (provider is null) return invalid is not null ? invalid : refused!;
        var solution = Solution.Create(city.Id, input with { Provider = provider }, time.GetUtcNow());
        db.Solutions.Add(solution);
        db.Publish(solution.StateEvent());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/solutions/{solution.Id}", solution.ToResponse());
    }

    private static async Task<Results<Ok<SolutionResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateSolutionRequest request, ClaimsPrincipal user, ProviderOrganisations owners, CatalogDbContext db,
        ThisCity city, MemberList members, TimeProvider time, CancellationToken ct)
    {
        if (!SolutionInput.TryRead(request, out var input, out var version, out var problem)) return problem;
        if (!members.Contains(input.Provider.HomeCity!)) return InputProblems.NotMember("provider.homeCity", input.Provider.HomeCity!);
        var by = Actors.Of(user, OwnedRecords.Roles);
        var (solution, missing) = await db.Solutions.FindOwnAsync(id, city.Id, by, ct);
        if (solution is null) return missing!;
        if (solution.Version != version) return OwnedRecords.StaleVersion(version, solution.Version);
        // A change that names no organisation keeps the listing's owner: an agency editing a company's listing
        // does not take it over.
        var named = input.Provider with { OrganisationId = input.Provider.OrganisationId ?? solution.ProviderOrganisationId };
        var (provider, invalid, refused) = await owners.OwnAsync(named, by, city.Id, ct);
        if (provider is null) return invalid is not null ? invalid : refused!;
        solution.Update(input with { Provider = provider }, time.GetUtcNow());
        db.Publish(solution.StateEvent());
        return await db.SaveOrConflictAsync(version, ct) is { } conflict ? conflict : TypedResults.Ok(solution.ToResponse());
    }
}
