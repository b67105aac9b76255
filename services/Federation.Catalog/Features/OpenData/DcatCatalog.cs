using System.Globalization;
using System.Text.Json.Nodes;
using Federation.Members;

namespace Federation.Catalog.Features.OpenData;

/// <summary>
/// The federated catalogue as DCAT-AP in JSON-LD, the model open-data portals (CKAN's DCAT harvester and the like)
/// harvest: one <c>dcat:Catalog</c> per node, each live solution and challenge of every member city a
/// <c>dcat:Dataset</c> with its title and description in every language it has, as language-tagged literals (a
/// harvester that keeps one language keeps the one it wants, not a random one), its publisher, theme, keywords,
/// dates and contact point. What DCAT-AP has no term for (TRL, maturity, a challenge's deadline and site, the trials
/// that verified a solution with their outcomes, its award results) uses this project's own terms (<see cref="Terms"/>).
/// Pages of <see cref="PageSize"/> datasets, solutions first, linked as a Hydra collection, which harvesters follow.
/// </summary>
public sealed class DcatCatalog(string baseUrl, string city, MemberList members)
{
    public const int PageSize = 500;

    /// <summary>The namespace of the project's own terms: a stable name, the same at every node, that nobody else owns.</summary>
    public const string Terms = "urn:gosmart-federation:terms:";

    /// <summary>The EU's data themes, which DCAT-AP asks for, for each domain of Taipei's 1+7 framework.</summary>
    private static readonly Dictionary<string, string> Themes = new()
    {
        ["government"] = "GOVE", ["building"] = "REGI", ["transportation"] = "TRAN", ["education"] = "EDUC",
        ["healthcare"] = "HEAL", ["security"] = "JUST", ["environment"] = "ENVI", ["economy"] = "ECON",
    };

    public JsonObject Page(int page, int totalItems, IEnumerable<JsonObject> datasets)
    {
        var pages = Math.Max(1, (totalItems + PageSize - 1) / PageSize);
        var view = new JsonObject
        {
            ["@id"] = PageUrl(page), ["@type"] = "hydra:PartialCollectionView",
            ["hydra:first"] = Link(PageUrl(1)), ["hydra:last"] = Link(PageUrl(pages)),
        };
        if (page > 1) view["hydra:previous"] = Link(PageUrl(page - 1));
        if (page < pages) view["hydra:next"] = Link(PageUrl(page + 1));
        var names = members.Get(city).Names;
        return new JsonObject
        {
            ["@context"] = Context(),
            ["@id"] = $"{baseUrl}/api/open-data/catalog",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Literals(names.ToDictionary(n => n.Key, n => TitleIn(n.Key, n.Value))),
            ["dct:description"] = Literals(new Dictionary<string, string>
            {
                ["en"] = "Solutions and challenges of every member city of the GO SMART network, as this city's node holds them.",
                ["zh-TW"] = "GO SMART 網絡各會員城市的解決方案與需求，本城市節點所持有者。",
                ["ko"] = "GO SMART 네트워크 모든 회원 도시의 솔루션과 과제 (이 도시 노드가 보유한 것).",
            }),
            ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = Literals(names) },
            ["dct:language"] = new JsonArray([.. new[] { "ENG", "ZHO", "KOR" }
                .Select(l => (JsonNode)Link($"http://publications.europa.eu/resource/authority/language/{l}"))]),
            ["hydra:totalItems"] = totalItems,
            ["hydra:view"] = view,
            ["dcat:dataset"] = new JsonArray([.. datasets]),
        };
    }

    public JsonObject Solution(SolutionResponse s)
    {
        var dataset = Dataset("solutions", s.Id, s.City, s.Title, s.Summary, s.Domain, s.PublishedAt, s.UpdatedAt,
            s.Provider.Name ?? "", [.. s.Tags, s.Domain]);
        dataset[$"{Prefix}maturity"] = s.Maturity;
        dataset[$"{Prefix}trl"] = Typed(s.Trl.ToString(CultureInfo.InvariantCulture), "xsd:integer");
        if (s.Provider.Website is { } website) dataset["foaf:homepage"] = Link(website);
        if (s.Contact is { } c && (c.Name ?? c.Email ?? c.Phone) is not null)
        {
            var contact = new JsonObject { ["@type"] = "vcard:Kind", ["vcard:fn"] = c.Name ?? s.Provider.Name };
            if (c.Email is not null) contact["vcard:hasEmail"] = Link($"mailto:{c.Email}");
            if (c.Phone is not null) contact["vcard:hasTelephone"] = Link($"tel:{c.Phone.Replace(" ", "")}");
            dataset["dcat:contactPoint"] = contact;
        }
        dataset[$"{Prefix}verifiedTrial"] = new JsonArray([.. s.Verifications.Select(v => (JsonNode)Verification(v))]);
        dataset[$"{Prefix}award"] = new JsonArray([.. s.Awards.Select(a => (JsonNode)Award(a))]);
        return dataset;
    }

    public JsonObject Challenge(ChallengeResponse c)
    {
        var dataset = Dataset("challenges", c.Id, c.City, c.Title, c.Description, c.Domain, c.PublishedAt, c.UpdatedAt,
            c.HostAgency, [c.Domain]);
        dataset[$"{Prefix}site"] = c.Site;
        dataset[$"{Prefix}deadline"] = Typed(c.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "xsd:date");
        dataset[$"{Prefix}status"] = c.Status;
        return dataset;
    }

    private const string Prefix = "fed:";

    private JsonObject Dataset(string kind, Guid id, string owner, IReadOnlyDictionary<string, string> title,
        IReadOnlyDictionary<string, string> description, string domain, DateTimeOffset issued, DateTimeOffset modified,
        string publisher, IEnumerable<string> keywords)
    {
        var dataset = new JsonObject
        {
            ["@id"] = $"{baseUrl}/api/{kind}/{id}?city={Uri.EscapeDataString(owner)}",
            ["@type"] = "dcat:Dataset",
            ["dct:type"] = Link($"{Terms}{(kind == "solutions" ? "Solution" : "Challenge")}"),
            ["dct:identifier"] = $"{owner}/{id}",
            ["dct:title"] = Literals(title),
            ["dct:description"] = Literals(description),
            ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = publisher },
            ["dct:spatial"] = new JsonObject { ["@type"] = "dct:Location", ["skos:prefLabel"] = Literals(members.Get(owner).Names) },
            ["dcat:keyword"] = new JsonArray([.. keywords.Distinct().Select(k => (JsonNode)k)]),
            ["dct:issued"] = DateTime(issued),
            ["dct:modified"] = DateTime(modified),
        };
        if (Themes.TryGetValue(domain, out var theme))
            dataset["dcat:theme"] = Link($"http://publications.europa.eu/resource/authority/data-theme/{theme}");
        return dataset;
    }

    private static JsonObject Verification(SolutionVerification v)
    {
        var trial = new JsonObject
        {
            ["@type"] = $"{Prefix}VerifiedTrial",
            ["dct:identifier"] = v.TrialId.ToString(),
            [$"{Prefix}hostCity"] = v.HostCity,
            [$"{Prefix}verdict"] = v.Verdict,
            ["dct:date"] = DateTime(v.VerifiedAt),
            [$"{Prefix}certificate"] = v.CertificateId.ToString(),
        };
        if (v.Outcome is not null) trial[$"{Prefix}outcome"] = v.Outcome;
        if (v.OutcomeDate is { } date) trial[$"{Prefix}outcomeDate"] = Typed(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "xsd:date");
        return trial;
    }

    private static JsonObject Award(SolutionAward a)
    {
        var award = new JsonObject
        {
            ["@type"] = $"{Prefix}Award",
            ["dct:title"] = a.CycleName,
            [$"{Prefix}year"] = Typed(a.Year.ToString(CultureInfo.InvariantCulture), "xsd:gYear"),
            [$"{Prefix}standing"] = a.Standing,
            ["dct:issued"] = DateTime(a.PublishedAt),
        };
        if (a.Label is not null) award[$"{Prefix}label"] = a.Label;
        return award;
    }

    private static JsonObject Link(string iri) => new() { ["@id"] = iri };

    private string PageUrl(int page) => $"{baseUrl}/api/open-data/catalog.jsonld?page={page}";

    private static string TitleIn(string language, string cityName) => language switch
    {
        "zh-TW" => $"{cityName} GO SMART 節點目錄",
        "ko" => $"{cityName} GO SMART 노드 카탈로그",
        _ => $"GO SMART catalogue of the {cityName} node",
    };

    /// <summary>Every language of a text, each tagged: what survives a harvest that understands languages.</summary>
    private static JsonArray Literals(IReadOnlyDictionary<string, string> texts) =>
        new([.. texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => (JsonNode)new JsonObject { ["@value"] = t.Value, ["@language"] = t.Key })]);

    private static JsonObject DateTime(DateTimeOffset at) =>
        Typed(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture), "xsd:dateTime");

    private static JsonObject Typed(string value, string type) => new() { ["@value"] = value, ["@type"] = type };

    private static JsonObject Context() => new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["hydra"] = "http://www.w3.org/ns/hydra/core#",
        ["fed"] = Terms,
    };
}
