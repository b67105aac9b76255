using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Federation.Portal.Pages;

/// <summary>
/// What every page does with the services: call one, and on a refusal keep the problem to show it (in
/// the user's language, each named field beside its input) instead of throwing; confirm what a
/// successful action did on the page the user is sent to next.
/// </summary>
public abstract class PortalPage : PageModel
{
    public const string ConfirmationKey = "portal.confirmation";

    /// <summary>The service's refusal of the last call, shown by the page's _Problem partial.</summary>
    public ServiceProblem? Problem { get; protected set; }

    protected Texts T => HttpContext.RequestServices.GetRequiredService<Texts>();

    /// <summary>A read or a write that answers a record: the record, or null with <see cref="Problem"/> set.</summary>
    protected async Task<TResult?> CallAsync<TResult>(Func<CancellationToken, Task<TResult>> call) where TResult : class
    {
        try
        {
            return await call(HttpContext.RequestAborted);
        }
        catch (ApiExceptionBase e) when (!HttpContext.RequestAborted.IsCancellationRequested)
        {
            Refused(ServiceProblem.From(e));
            return null;
        }
    }

    /// <summary>An action that answers no record the page reads (204, 202, a step): whether it was done, with <see cref="Problem"/> set if not.</summary>
    protected async Task<bool> CallAsync(Func<CancellationToken, Task> call)
    {
        try
        {
            await call(HttpContext.RequestAborted);
            return true;
        }
        catch (ApiExceptionBase e) when (!HttpContext.RequestAborted.IsCancellationRequested)
        {
            Refused(ServiceProblem.From(e));
            return false;
        }
    }

    /// <summary>Shown once, on the next page: what the action did.</summary>
    protected void Confirm(string message) => TempData[ConfirmationKey] = message;

    private void Refused(ServiceProblem problem)
    {
        Problem = problem.OnForm(FormField);
        // Field errors go beside the form's inputs when the page names them alike (asp-for="Input.Title" and "title"),
        // in the user's language where the service's code says why.
        foreach (var field in Problem.Fields)
            ModelState.AddModelError(field.FormField, field.Reason(T));
    }

    /// <summary>The form field a service's error key belongs to; pages whose inputs are named otherwise override it.</summary>
    protected virtual string FormField(string serviceField) => serviceField;
}
