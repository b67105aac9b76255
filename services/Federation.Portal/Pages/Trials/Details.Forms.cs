namespace Federation.Portal.Pages.Trials;

// The step forms of a trial's page. Properties are named as the service's request fields, so that its
// field errors find their inputs.

public sealed class ReasonForm
{
    public string? Reason { get; set; }
}

public sealed class EndorsementForm
{
    public string? Note { get; set; }
}

public sealed class AgreementForm
{
    public string? HostAgency { get; set; }
    public string? Site { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal? CostSharePercent { get; set; }
}

public sealed class MeasurementForm
{
    public string? Kpi { get; set; }
    public decimal? Value { get; set; }
    public DateTime? MeasuredAt { get; set; }
    public string? EvidenceUrl { get; set; }
}

public sealed class ReviewForm
{
    public Guid? MeasurementId { get; set; }
    public bool? Confirmed { get; set; }
    public string? Note { get; set; }
}

public sealed class ReportForm
{
    public string? Summary { get; set; }
}

public sealed class VerdictForm
{
    public bool? Passed { get; set; }
    public string? Findings { get; set; }
}

public sealed class OutcomeForm
{
    public string? Outcome { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
}
