namespace Federation.Trials.Features.Running;

public enum ReviewState
{
    Pending,
    Confirmed,
    Disputed,
}

/// <summary>What the startup reports: a value of one agreed KPI, when it was measured, and where the evidence is.</summary>
public sealed record MeasurementInput(string KpiName, decimal Value, DateTimeOffset MeasuredAt, string? EvidenceLink = null);

/// <summary>A value the startup reported for one agreed KPI, and the host agency's review of it.</summary>
public sealed class Measurement
{
    public Guid Id { get; private set; }
    public string KpiName { get; private set; } = "";
    public decimal Value { get; private set; }
    public DateTimeOffset MeasuredAt { get; private set; }
    public string? EvidenceLink { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public ReviewState Review { get; private set; }
    public string? ReviewNote { get; private set; }
    public Party? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    private Measurement()
    {
    }

    internal Measurement(Guid id, string kpiName, MeasurementInput input, DateTimeOffset reportedAt)
    {
        (Id, KpiName, Value, MeasuredAt, EvidenceLink, ReportedAt) = (id, kpiName, input.Value, input.MeasuredAt, input.EvidenceLink, reportedAt);
    }

    public MeasurementInput AsInput() => new(KpiName, Value, MeasuredAt, EvidenceLink);

    internal bool IsReviewedAs(ReviewState review, string? note) => Review == review && ReviewNote == note;

    internal void Record(ReviewState review, string? note, Party by, DateTimeOffset at) =>
        (Review, ReviewNote, ReviewedBy, ReviewedAt) = (review, note, by, at);

    internal static StepResult CheckReview(ReviewState review, string? note) =>
        review == ReviewState.Pending ? StepResult.Invalid("review", "A review confirms or disputes.", new(FieldCodes.Required))
        // The startup has to know what to correct before it reports again.
        : review == ReviewState.Disputed && string.IsNullOrWhiteSpace(note) ? StepResult.Invalid("note", "A dispute says why.", new(FieldCodes.Required))
        : StepResult.Ok;
}
