namespace Federation.Catalog.Features.Challenges;

/// <summary>A challenge's content once every field has been checked.</summary>
public sealed record ChallengeInput(
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Description,
    string Domain,
    string HostAgency,
    string Site,
    DateOnly Deadline,
    string Status)
{
    public static bool TryRead(ChallengeRequest r, out ChallengeInput input, out ValidationProblem problem)
    {
        var p = new InputProblems();
        var title = p.Languages("title", r.Title, 200);
        var description = p.Languages("description", r.Description, 8000);
        var domain = p.OneOf("domain", r.Domain, CatalogVocabulary.Domains);
        var agency = p.Text("hostAgency", r.HostAgency, 200);
        var site = p.Text("site", r.Site, 300);
        if (r.Deadline is null) p.Add("deadline", FieldCodes.Required, "deadline is required (yyyy-MM-dd).");
        var status = r.Status is null ? "open" : p.OneOf("status", r.Status, CatalogVocabulary.ChallengeStatuses);
        input = new ChallengeInput(title, description, domain, agency, site, r.Deadline ?? default, status);
        problem = p.ToResult();
        return !p.Any;
    }

    public static bool TryRead(UpdateChallengeRequest r, out ChallengeInput input, out long version, out ValidationProblem problem)
    {
        var ok = TryRead(new ChallengeRequest(r.Title, r.Description, r.Domain, r.HostAgency, r.Site, r.Deadline, r.Status),
            out input, out problem);
        version = r.Version ?? 0;
        if (r.Version is > 0) return ok;
        problem = problem.WithVersionRequired();
        return false;
    }
}
