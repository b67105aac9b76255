namespace Federation.Awards.Domain;

/// <summary>A user of a city's node as its identity service knows them: who an agency asks to enrol.</summary>
public sealed record JudgeCandidate(string UserId, string UserName, string City, string Role, string Organisation);

/// <summary>An enrolment, whole: what the judge's city sends, targeted, to the secretariat.</summary>
public sealed record JudgeEnrolment(
    Guid JudgeId,
    string City,
    string SecretariatCity,
    string UserId,
    string UserName,
    string DisplayName,
    string Organisation,
    IReadOnlyList<string> Expertise,
    string EnrolledBy,
    DateTimeOffset EnrolledAt)
{
    public bool Equals(JudgeEnrolment? other) =>
        other is not null
        && (JudgeId, City, SecretariatCity, UserId, UserName, DisplayName, Organisation, EnrolledBy, EnrolledAt)
            == (other.JudgeId, other.City, other.SecretariatCity, other.UserId, other.UserName, other.DisplayName, other.Organisation, other.EnrolledBy, other.EnrolledAt)
        && Expertise.SequenceEqual(other.Expertise);

    public override int GetHashCode() => HashCode.Combine(JudgeId, City, UserId, EnrolledAt);
}

/// <summary>
/// A judge-role user whom their city's agency enrolled. The enrolment stands across cycles: the secretariat
/// puts enrolled judges on each cycle's panel. The judge's city and the secretariat hold a copy each.
/// </summary>
public sealed class Judge
{
    public Guid Id { get; private set; }
    public string City { get; private set; } = "";
    public string SecretariatCity { get; private set; } = "";
    public string HeldAt { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string Organisation { get; private set; } = "";
    public List<string> Expertise { get; private set; } = [];
    public string EnrolledBy { get; private set; } = "";
    public DateTimeOffset EnrolledAt { get; private set; }

    private Judge()
    {
    }

    /// <param name="alreadyEnrolled">The user is enrolled already.</param>
    public static StepResult Enrol(Actor by, JudgeCandidate candidate, string displayName, IReadOnlyList<string> expertise,
        string secretariatCity, bool alreadyEnrolled, DateTimeOffset now, out Judge? judge)
    {
        judge = null;
        var check = by.Role != Actor.Agency ? StepResult.Forbidden("Only an agency enrols judges.")
            : candidate.City != by.City ? StepResult.Forbidden($"An agency of {by.City} enrols its own city's users, not {candidate.City}'s.")
            : alreadyEnrolled ? StepResult.Conflict($"{candidate.UserName} is enrolled already.")
            : candidate.Role != Actor.Judge ? StepResult.Invalid("userName", $"{candidate.UserName} is not a judge-role user.")
            : StepResult.Required(displayName, "displayName", "The judge's display name is required.")
                .Then(() => CheckExpertise(expertise));
        if (!check.Succeeded) return check;
        judge = new Judge
        {
            Id = Guid.NewGuid(), City = by.City, SecretariatCity = secretariatCity, HeldAt = by.City, UserId = candidate.UserId,
            UserName = candidate.UserName, DisplayName = displayName.Trim(), Organisation = candidate.Organisation,
            Expertise = [.. expertise.Select(e => e.Trim())], EnrolledBy = by.Organisation, EnrolledAt = now,
        };
        return check;
    }

    /// <summary>The secretariat's copy, made when the enrolment arrives from the judge's city.</summary>
    public static StepResult Receive(JudgeEnrolment enrolment, string thisCity, out Judge? judge)
    {
        judge = null;
        var check = enrolment.SecretariatCity != thisCity ? StepResult.Forbidden($"The enrolment is for {enrolment.SecretariatCity}'s secretariat, not {thisCity}.")
            : enrolment.City == thisCity ? StepResult.Forbidden($"A judge of {thisCity} is enrolled here, not heard of.")
            : StepResult.Ok;
        if (!check.Succeeded) return check;
        judge = new Judge
        {
            Id = enrolment.JudgeId, City = enrolment.City, SecretariatCity = thisCity, HeldAt = thisCity, UserId = enrolment.UserId,
            UserName = enrolment.UserName, DisplayName = enrolment.DisplayName, Organisation = enrolment.Organisation,
            Expertise = [.. enrolment.Expertise], EnrolledBy = enrolment.EnrolledBy, EnrolledAt = enrolment.EnrolledAt,
        };
        return check;
    }

    public StepResult ApplyEnrolment(JudgeEnrolment enrolment) =>
        (enrolment.JudgeId, enrolment.City) != (Id, City) ? StepResult.Forbidden($"The enrolment is of judge {enrolment.JudgeId} of {enrolment.City}, not this one.")
        : enrolment == ToEnrolment() ? StepResult.Unchanged
        : StepResult.Conflict("The judge is held with other values.");

    public JudgeEnrolment ToEnrolment() =>
        new(Id, City, SecretariatCity, UserId, UserName, DisplayName, Organisation, Expertise, EnrolledBy, EnrolledAt);

    private static StepResult CheckExpertise(IReadOnlyList<string> expertise) =>
        expertise.Any(string.IsNullOrWhiteSpace) ? StepResult.Invalid("expertise", "A field of expertise cannot be blank.", new(FieldCodes.Required))
        : expertise.Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != expertise.Count
            ? StepResult.Invalid("expertise", "Each field of expertise appears once.", new(FieldCodes.Repeated))
        : StepResult.Ok;
}
