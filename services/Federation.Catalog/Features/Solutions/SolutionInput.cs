namespace Federation.Catalog.Features.Solutions;

/// <summary>A listing's content once every field has been checked.</summary>
public sealed record SolutionInput(
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Summary,
    string Domain,
    Provider Provider,
    string Maturity,
    int Trl,
    IReadOnlyList<string> Tags,
    Contact? Contact)
{
    public const int TitleLength = 200, SummaryLength = 4000;

    public static bool TryRead(SolutionRequest r, out SolutionInput input, out ValidationProblem problem)
    {
        var p = new InputProblems();
        var title = p.Languages("title", r.Title, TitleLength);
        var summary = p.Languages("summary", r.Summary, SummaryLength);
        var domain = p.OneOf("domain", r.Domain, CatalogVocabulary.Domains);
        if (r.Provider is null) p.Add("provider", FieldCodes.Required, "provider is required.");
        var provider = new Provider(
            p.Text("provider.name", r.Provider?.Name, 200),
            p.WebAddress("provider.website", r.Provider?.Website),
            p.Text("provider.homeCity", r.Provider?.HomeCity, 100).ToLowerInvariant(),
            r.Provider?.OrganisationId);
        var maturity = p.OneOf("maturity", r.Maturity, CatalogVocabulary.Maturities);
        var trl = p.Range("trl", r.Trl, 1, 9);
        var tags = p.Tags("tags", r.Tags);
        var contact = r.Contact is null ? null : new Contact(
            p.OptionalText("contact.name", r.Contact.Name, 200),
            p.Email("contact.email", r.Contact.Email),
            p.OptionalText("contact.phone", r.Contact.Phone, 50));
        input = new SolutionInput(title, summary, domain, provider, maturity, trl, tags, contact);
        problem = p.ToResult();
        return !p.Any;
    }

    public static bool TryRead(UpdateSolutionRequest r, out SolutionInput input, out long version, out ValidationProblem problem)
    {
        var ok = TryRead(new SolutionRequest(r.Title, r.Summary, r.Domain, r.Provider, r.Maturity, r.Trl, r.Tags, r.Contact),
            out input, out problem);
        version = r.Version ?? 0;
        if (r.Version is > 0) return ok;
        problem = problem.WithVersionRequired();
        return false;
    }
}
