using Federation.Contracts;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Catalog.Manage;

/// <summary>The records this city owns, a page at a time, which its agencies may change or withdraw.</summary>
public abstract class ManagedRecordIndexPage<TResponse>(CatalogRecords<TResponse> records, ThisCity city)
    : ManagedRecordPage<TResponse>(records, city) where TResponse : class
{
    public const int PageSize = 20;

    public ResultPage<TResponse>? Results { get; private set; }

    public async Task OnGetAsync()
    {
        var page = CatalogWords.PageOf(Request);
        Results = await CallAsync(ct => Records.SearchAsync(new CatalogQuery(City: City.Id), page, PageSize, ct));
    }
}

/// <summary>An agency publishes a record of its city; the catalogue replicates it to every member city.</summary>
public abstract class ManagedRecordNewPage<TResponse, TForm>(CatalogRecords<TResponse, TForm> records, ThisCity city)
    : ManagedFormPage<TResponse, TForm>(records, city) where TResponse : class where TForm : ICatalogForm, new()
{
    /// <summary>The form as it first shows: what a new record starts from.</summary>
    protected abstract TForm Defaults();

    /// <summary>The confirmation, in the user's language, naming the new record by its title.</summary>
    protected abstract string Created(string title);

    public void OnGet() => Input = Defaults();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Checked()) return Page();
        var created = await CallAsync(ct => FormRecords.CreateAsync(Input, ct));
        if (created is null) return Page();
        return Done(Created(Records.TitleText(created)));
    }
}

/// <summary>
/// An agency changes one of its city's records. The form carries the version it was read at, so a change
/// someone saved meanwhile is a 409 shown to the user rather than silently overwritten.
/// </summary>
public abstract class ManagedRecordEditPage<TResponse, TForm>(CatalogRecords<TResponse, TForm> records, ThisCity city)
    : ManagedFormPage<TResponse, TForm>(records, city) where TResponse : class where TForm : ICatalogForm, new()
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var record = await ReadAsync(id);
        if (record is null) return Missing();
        Input = FormRecords.FormOf(record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!Checked()) return Page();
        // Read again: languages this form has no input for (added through the API) are kept as they are.
        var current = await ReadAsync(id);
        if (current is null) return Missing();
        var changed = await CallAsync(ct => FormRecords.UpdateAsync(id, Input, current, ct));
        if (changed is null) return Page();
        return Done(T["Saved the changes to “{0}”.", Records.TitleText(changed)]);
    }
}

/// <summary>Withdrawing asks first: the tombstone removes the record from every member city's catalogue.</summary>
public abstract class ManagedRecordWithdrawPage<TResponse>(CatalogRecords<TResponse> records, ThisCity city)
    : ManagedRecordPage<TResponse>(records, city) where TResponse : class
{
    public TResponse? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Record = await ReadAsync(id);
        return Record is null ? Missing() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Record = await ReadAsync(id);
        if (Record is null) return Missing();
        if (!await CallAsync(ct => Records.WithdrawAsync(id, ct))) return Page();
        return Done(T["Withdrew “{0}”. It disappears from every member city's catalogue.", Records.TitleText(Record)]);
    }
}
