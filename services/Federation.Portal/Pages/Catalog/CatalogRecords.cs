using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Portal.Clients;
using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Catalog;

/// <summary>
/// One kind of catalogue record (challenges, listings) as the pages read it: the catalogue's calls for it and
/// its title. The pages that show or manage either kind are written once against this; what differs is here.
/// </summary>
public abstract class CatalogRecords<TResponse> where TResponse : class
{
    /// <summary>Where an agency's list of its city's records is, and where a change sends it back to.</summary>
    public abstract string ManagePath { get; }

    public abstract IReadOnlyDictionary<string, string> Title(TResponse record);

    /// <summary>The title in the user's language, as the confirmations name the record.</summary>
    public string TitleText(TResponse record) => LanguageMaps.Pick(Title(record)).Text;

    public abstract Task<TResponse> GetAsync(Guid id, string city, CancellationToken ct);

    /// <summary>
    /// What the catalogue search pages ask for: a common word's total estimated (shown as "about"), so that searching
    /// tens of thousands of records stays fast; the page itself is exact.
    /// </summary>
    protected const string Estimated = "estimate";

    /// <summary>One page of the records that match, best first when there are words, with facets; a null filter is no filter.</summary>
    public abstract Task<SearchPage<TResponse>> SearchAsync(CatalogQuery query, int page, int pageSize, CancellationToken ct);

    public abstract Task WithdrawAsync(Guid id, CancellationToken ct);
}

/// <summary>The same kind with the form an agency publishes and changes it through.</summary>
public abstract class CatalogRecords<TResponse, TForm> : CatalogRecords<TResponse> where TResponse : class
{
    public abstract TForm FormOf(TResponse record);

    public abstract Task<TResponse> CreateAsync(TForm form, CancellationToken ct);

    /// <summary>The form's change of <paramref name="current"/>, keeping the languages the form has no input for.</summary>
    public abstract Task<TResponse> UpdateAsync(Guid id, TForm form, TResponse current, CancellationToken ct);
}
