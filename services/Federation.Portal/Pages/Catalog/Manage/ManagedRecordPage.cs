using Federation.Contracts.Identity;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage;

/// <summary>
/// What every page that manages this city's records does alike, for challenges and listings: read one of the
/// city's records, treat one it cannot find as missing, and send the agency back to its list with a confirmation.
/// Only the city's agencies manage its records; the pages below inherit the rule from here.
/// </summary>
[Authorize(Roles = Roles.Agency)]
public abstract class ManagedRecordPage<TResponse>(CatalogRecords<TResponse> records, ThisCity city) : PortalPage where TResponse : class
{
    protected CatalogRecords<TResponse> Records { get; } = records;

    protected ThisCity City { get; } = city;

    /// <summary>The record as this city holds it, or null with <see cref="PortalPage.Problem"/> set.</summary>
    protected Task<TResponse?> ReadAsync(Guid id) => CallAsync(ct => Records.GetAsync(id, City.Id, ct));

    /// <summary>After a failed read: an unknown id (or one that is not an id) is a 404; any other refusal is shown.</summary>
    protected IActionResult Missing() => Problem?.Status is 400 or 404 ? NotFound() : Page();

    protected IActionResult Done(string confirmation)
    {
        Confirm(confirmation);
        return Redirect(Records.ManagePath);
    }
}

/// <summary>The new and edit pages: the bound form, checked by the portal first, with the service's field errors beside its inputs.</summary>
public abstract class ManagedFormPage<TResponse, TForm>(CatalogRecords<TResponse, TForm> records, ThisCity city)
    : ManagedRecordPage<TResponse>(records, city) where TResponse : class where TForm : ICatalogForm, new()
{
    [BindProperty] public TForm Input { get; set; } = new();

    protected CatalogRecords<TResponse, TForm> FormRecords { get; } = records;

    /// <summary>Whether the form passes the portal's own checks; if not, the page shows why.</summary>
    protected bool Checked()
    {
        Input.Check(ModelState, T);
        return ModelState.IsValid;
    }

    protected override string FormField(string serviceField) => CatalogForm.FormField(serviceField);
}
