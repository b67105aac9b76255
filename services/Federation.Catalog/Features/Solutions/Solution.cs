namespace Federation.Catalog.Features.Solutions;

/// <summary>A solution listing, this city's own or a replica of another city's.</summary>
public sealed class Solution : CatalogRecord
{
    public IReadOnlyDictionary<string, string> Summary { get; private set; } = new Dictionary<string, string>();
    public string ProviderName { get; private set; } = "";
    public string? ProviderWebsite { get; private set; }
    public string ProviderHomeCity { get; private set; } = "";
    /// <summary>The organisation of the city's directory that owns the listing; null for one listed before ownership.</summary>
    public Guid? ProviderOrganisationId { get; private set; }
    public string Maturity { get; private set; } = "";
    public int Trl { get; private set; }
    public List<string> Tags { get; private set; } = [];
    public string? ContactName { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }

    public static Solution Create(string city, SolutionInput input, DateTimeOffset now)
    {
        var solution = new Solution();
        solution.Open(Guid.NewGuid(), city, now);
        solution.Set(input);
        return solution;
    }

    public void Update(SolutionInput input, DateTimeOffset now)
    {
        Set(input);
        Revise(now);
    }

    private void Set(SolutionInput input)
    {
        (Title, Summary, Domain, Maturity, Trl, Tags) = (input.Title, input.Summary, input.Domain, input.Maturity, input.Trl, [.. input.Tags]);
        (ProviderName, ProviderWebsite, ProviderHomeCity, ProviderOrganisationId) =
            (input.Provider.Name!, input.Provider.Website, input.Provider.HomeCity!, input.Provider.OrganisationId);
        (ContactName, ContactEmail, ContactPhone) = (input.Contact?.Name, input.Contact?.Email, input.Contact?.Phone);
        Reindex();
    }

    protected override IEnumerable<string?>[] SearchableParts() => [Title.Values, Summary.Values, Tags, [ProviderName, ProviderHomeCity]];

    public void ApplyReplica(SolutionResponse r)
    {
        ApplyReplica(r.Id, r.City, r.Version, r.PublishedAt, r.UpdatedAt);
        Set(new SolutionInput(r.Title, r.Summary, r.Domain, r.Provider, r.Maturity, r.Trl, r.Tags, r.Contact));
    }

    public SolutionResponse ToResponse() => new(Id, City, Version, Title, Summary, Domain,
        new Provider(ProviderName, ProviderWebsite, ProviderHomeCity, ProviderOrganisationId), Maturity, Trl, Tags,
        ContactName is null && ContactEmail is null && ContactPhone is null ? null : new Contact(ContactName, ContactEmail, ContactPhone),
        PublishedAt, UpdatedAt);

    /// <summary>An agency of the city changes any listing of it; a company's person only their own organisation's.</summary>
    public override string? ChangeRefusedTo(Actor by) =>
        by.IsAgencyOf(City) || by.IsStartupOf(City, ProviderOrganisationId) ? null
        : $"Listing {Id} belongs to {ProviderName}, not {by.Organisation}: a company changes and withdraws only its own organisation's listings.";

    protected override object SnapshotEvent() => new SolutionPublished(ToResponse());

    protected override object TombstoneEvent() => new SolutionWithdrawn(Id, City, Version, UpdatedAt);
}
