using Federation.Contracts.Identity;
using Federation.Contracts.Trials;
using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Trials;

/// <summary>
/// One trial as this city's copy holds it, with the forms of the steps the signed-in user may take now.
/// The trials service decides who may take a step; the page only leaves out forms that would be refused.
/// </summary>
[Authorize(Roles = $"{Roles.Agency},{Roles.Startup}")]
public sealed partial class DetailsModel(ITrialsApi trials, ThisCity city, TimeProvider time) : PortalPage
{
    public TrialResponse? Trial { get; private set; }

    /// <summary>The applicant's steps, taken at the home city's node.</summary>
    public bool AsApplicant => Trial is not null && User.IsInRole(Roles.Startup) && Trial.HomeCity == city.Id;
    public bool AsHomeAgency => Trial is not null && User.IsInRole(Roles.Agency) && Trial.HomeCity == city.Id;
    public bool AsHostAgency => Trial is not null && User.IsInRole(Roles.Agency) && Trial.HostCity == city.Id;

    /// <summary>Running, or accepted with its start date come (the service starts it on the first step).</summary>
    public bool CanMeasure => Trial is { Status: "running" }
        || Trial is { Status: "accepted", Agreement: { } a } && a.StartDate <= Today;

    /// <summary>Whether any step form shows: the steps section is left out otherwise.</summary>
    public bool HasSteps => Trial is { } t && (
        AsApplicant && (t.Status == "draft" || CanWithdraw || CanMeasure)
        || AsHomeAgency && t.Status == "submitted"
        || AsHostAgency && (t.Status is "screening" or "reported" or "verified" or "closed"
            || t.Status == "running" && t.Measurements.Any(m => m.Review == "pending")));

    public bool CanWithdraw => Trial?.Status is "draft" or "submitted" or "endorsed" or "screening";

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    // The form whose handler runs: the service's field errors are shown beside its inputs.
    private string _form = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (AsHostAgency && Trial!.Status == "screening") Agreement = DefaultAgreement(Trial);
        return Page();
    }

    protected override string FormField(string serviceField) =>
        _form == "" ? serviceField : TrialForms.Field(_form, serviceField);

    /// <summary>Reads the trial; false when this node holds none by that id for this user (another organisation's is not shown either).</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        Trial = await CallAsync(ct => trials.GetAsync(id, ct));
        return Trial is not null || Problem?.Status != 404;
    }

    /// <summary>The step was taken: say so on the trial's page. Refused: the page again, with the problem and what was entered.</summary>
    private async Task<IActionResult> AfterAsync(Guid id, bool done, string confirmation)
    {
        if (done)
        {
            Confirm(confirmation);
            return RedirectToPage("Details", new { id });
        }
        return await AgainAsync(id);
    }

    private async Task<IActionResult> AgainAsync(Guid id)
    {
        var refusal = Problem;
        if (!await LoadAsync(id)) return NotFound();
        Problem = refusal ?? Problem;
        return Page();
    }

    private AgreementForm DefaultAgreement(TrialResponse t)
    {
        var start = Today;
        return new AgreementForm
        {
            HostAgency = User.Organisation(), Site = t.RequestedSite, StartDate = start,
            EndDate = start.AddMonths(Math.Max(t.DurationMonths, 1)).AddDays(-1), CostSharePercent = t.CostSharePercent,
        };
    }
}
