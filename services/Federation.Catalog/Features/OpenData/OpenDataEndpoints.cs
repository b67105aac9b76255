using System.Text;
using System.Text.Json;
using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Features.OpenData;

/// <summary>
/// The federated catalogue for open-data portals to harvest, at every node, without signing in: DCAT-AP in JSON-LD
/// (<see cref="DcatCatalog"/>, paged) and CSV (<see cref="CatalogCsv"/>, whole). Live records of every member city;
/// a withdrawn one leaves the export, which is how a harvester learns to delete its copy.
/// </summary>
public static class OpenDataEndpoints
{
    public static void MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/open-data").WithTags("Open data").AllowAnonymous();
        api.MapGet("/catalog.jsonld", Catalog)
            .WithSummary("The federated catalogue as DCAT-AP (JSON-LD), every language as a language-tagged literal; pages of 500, linked by hydra:next");
        api.MapGet("/solutions.csv", (CatalogDbContext db, MemberList members, CancellationToken ct) =>
            CsvResult("solutions.csv", CatalogCsv.SolutionsAsync(db, Languages(members), ct)))
            .WithSummary("Every live solution of every member city as CSV (UTF-8), a title and summary column per language, with its verified trials and awards");
        api.MapGet("/challenges.csv", (CatalogDbContext db, MemberList members, TimeProvider time, CancellationToken ct) =>
            CsvResult("challenges.csv", CatalogCsv.ChallengesAsync(db, Languages(members), time.GetUtcNow(), ct)))
            .WithSummary("Every live challenge of every member city as CSV (UTF-8), a title and description column per language");
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> Catalog(string? page, HttpRequest request,
        CatalogDbContext db, MemberList members, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var problems = new InputProblems();
        var number = problems.WholeNumber("page", page, 1, 1, 100_000);
        if (problems.Any) return problems.ToResult();
        var dcat = new DcatCatalog($"{request.Scheme}://{request.Host}{request.PathBase}", city.Id, members);
        var solutions = await db.Solutions.CountAsync(s => !s.Withdrawn, ct);
        var challenges = await db.Challenges.CountAsync(c => !c.Withdrawn, ct);
        var solutionPages = (solutions + DcatCatalog.PageSize - 1) / DcatCatalog.PageSize;
        var datasets = number <= solutionPages
            ? (await SolutionEndpoints.AttachBadgesAsync(db, await ExportPages.SolutionsAsync(db, number - 1, DcatCatalog.PageSize, ct), ct))
                .Select(dcat.Solution)
            : (await ExportPages.ChallengesAsync(db, number - 1 - solutionPages, DcatCatalog.PageSize, ct))
                .Select(c => dcat.Challenge(c.ToResponse(time.GetUtcNow())));
        var document = dcat.Page(number, solutions + challenges, datasets);
        return TypedResults.Content(document.ToJsonString(Indented), "application/ld+json", Encoding.UTF8);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The network's languages, from the member list, in a stable order: a CSV's columns.</summary>
    private static string[] Languages(MemberList members) =>
        [.. members.Cities.SelectMany(c => c.Languages).Append("en").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Streamed as it is read; a byte-order mark first, so that spreadsheet programs read it as UTF-8.</summary>
    private static IResult CsvResult(string name, IAsyncEnumerable<string> rows) =>
        Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await foreach (var row in rows) await writer.WriteAsync(row);
        }, "text/csv; charset=utf-8", name);
}
