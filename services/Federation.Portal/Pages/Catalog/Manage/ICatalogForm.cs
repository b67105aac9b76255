using Federation.Portal.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Federation.Portal.Pages.Catalog.Manage;

/// <summary>A catalogue form the shared new and edit pages bind and check before the service sees it.</summary>
public interface ICatalogForm
{
    /// <summary>What the portal itself checks, in the user's language; the service's 400 covers the rest.</summary>
    void Check(ModelStateDictionary state, Texts T);
}
