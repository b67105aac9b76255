using Federation.Contracts.Trials;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Trials;

// Each step's form posts to its own handler; the service checks the party and the trial's state.
public sealed partial class DetailsModel
{
    [BindProperty] public ReasonForm Withdrawal { get; set; } = new();
    [BindProperty] public EndorsementForm Endorsement { get; set; } = new();
    [BindProperty] public ReasonForm Declination { get; set; } = new();
    [BindProperty] public AgreementForm Agreement { get; set; } = new();
    [BindProperty] public ReasonForm Rejection { get; set; } = new();
    [BindProperty] public MeasurementForm Measurement { get; set; } = new();
    [BindProperty] public ReviewForm Review { get; set; } = new();
    [BindProperty] public ReportForm Report { get; set; } = new();
    [BindProperty] public VerdictForm Verdict { get; set; } = new();
    [BindProperty] public OutcomeForm Outcome { get; set; } = new();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id) =>
        await AfterAsync(id, await CallAsync(ct => trials.SubmitAsync(id, ct)),
            T["Submitted: your city's agency will now decide whether to endorse the application."]);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id) => StepAsync(id, nameof(Withdrawal),
        ct => trials.WithdrawAsync(id, new WithdrawRequest(Withdrawal.Reason), ct), T["The application is withdrawn."]);

    public Task<IActionResult> OnPostEndorseAsync(Guid id) => StepAsync(id, nameof(Endorsement),
        ct => trials.EndorseAsync(id, new EndorseRequest(Endorsement.Note), ct), T["Endorsed: the application is sent to the host city."]);

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => StepAsync(id, nameof(Declination),
        ct => trials.DeclineAsync(id, new DeclineRequest(Declination.Reason), ct), T["The application is declined."]);

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => StepAsync(id, nameof(Agreement),
        ct => trials.AcceptAsync(id, new AcceptRequest(Agreement.HostAgency, Agreement.Site, Agreement.StartDate, Agreement.EndDate,
            null, Agreement.CostSharePercent), ct), T["Accepted: the agreement is recorded and the applicant's city is told."]);

    public Task<IActionResult> OnPostRejectAsync(Guid id) => StepAsync(id, nameof(Rejection),
        ct => trials.RejectAsync(id, new RejectRequest(Rejection.Reason), ct), T["The application is rejected; the applicant's city is told."]);

    public Task<IActionResult> OnPostMeasurementAsync(Guid id)
    {
        // A date and time from the form carry no zone: the form asks for UTC.
        DateTimeOffset? at = Measurement.MeasuredAt is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc)) : null;
        return StepAsync(id, nameof(Measurement),
            ct => trials.ReportMeasurementAsync(id, new ReportMeasurementRequest(Measurement.Kpi, Measurement.Value, at,
                string.IsNullOrWhiteSpace(Measurement.EvidenceUrl) ? null : Measurement.EvidenceUrl.Trim()), ct),
            T["The measurement is reported; the host city will review it."]);
    }

    public Task<IActionResult> OnPostReviewAsync(Guid id) => StepAsync(id, nameof(Review),
        ct => trials.ReviewMeasurementAsync(id, Review.MeasurementId ?? Guid.Empty, new ReviewMeasurementRequest(Review.Confirmed, Review.Note), ct),
        Review.Confirmed == false ? T["The measurement is disputed."] : T["The measurement is confirmed."]);

    public Task<IActionResult> OnPostReportAsync(Guid id) => StepAsync(id, nameof(Report),
        ct => trials.SubmitFinalReportAsync(id, new FinalReportRequest(Report.Summary), ct),
        T["The final report is submitted; the host city will give its verdict."]);

    public Task<IActionResult> OnPostVerifyAsync(Guid id) => StepAsync(id, nameof(Verdict),
        ct => trials.VerifyAsync(id, new VerifyRequest(Verdict.Passed, Verdict.Findings), ct),
        T["The verdict is given and the certificate signed; every member city is told."]);

    public async Task<IActionResult> OnPostCloseAsync(Guid id) =>
        await AfterAsync(id, await CallAsync(ct => trials.CloseAsync(id, ct)), T["The trial is closed."]);

    public Task<IActionResult> OnPostOutcomeAsync(Guid id) => StepAsync(id, nameof(Outcome),
        ct => trials.RecordOutcomeAsync(id, new RecordOutcomeRequest(Outcome.Outcome, Outcome.Date, Outcome.Note), ct),
        T["The outcome is recorded; every member city is told."]);

    private async Task<IActionResult> StepAsync(Guid id, string form, Func<CancellationToken, Task> step, string confirmation)
    {
        _form = form;
        // A value that did not bind (letters in a number) is shown beside its field; nothing is sent.
        if (!ModelState.IsValid) return await AgainAsync(id);
        return await AfterAsync(id, await CallAsync(step), confirmation);
    }
}
