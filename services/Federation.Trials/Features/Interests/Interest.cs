using Federation.Contracts.Catalog;
using Federation.Contracts.Interests;

namespace Federation.Trials.Features.Interests;

/// <summary>
/// "We want to talk": a company's solution and another city's challenge, brought together by one side and answered by
/// the other. The expressing city, the answering city and the secretariat's city each hold a copy under the same id;
/// the expressing side owns the interest, the answering side its answer.
/// </summary>
public sealed class Interest
{
    public const string FromSolution = "solution";
    public const string FromChallenge = "challenge";
    public const string Waiting = "waiting";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const int MessageLength = 2000;

    public Guid Id { get; private set; }
    /// <summary><see cref="FromSolution"/> (its company expressed it) or <see cref="FromChallenge"/> (its agency did).</summary>
    public string From { get; private set; } = "";
    public Guid SolutionId { get; private set; }
    public string SolutionCity { get; private set; } = "";
    public Dictionary<string, string> SolutionTitle { get; private set; } = [];
    public string SolutionProvider { get; private set; } = "";
    /// <summary>The provider's id in the solution city's directory: whose people answer or are told there.</summary>
    public Guid? ProviderOrganisationId { get; private set; }
    public Guid ChallengeId { get; private set; }
    public string ChallengeCity { get; private set; } = "";
    public Dictionary<string, string> ChallengeTitle { get; private set; } = [];
    public string? Message { get; private set; }
    /// <summary>The expressing organisation's name, as shown.</summary>
    public string ExpressedBy { get; private set; } = "";
    public DateTimeOffset ExpressedAt { get; private set; }
    public string Status { get; private set; } = Waiting;
    public string? AnswerNote { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    /// <summary>The trial application it became, at the solution's city.</summary>
    public Guid? TrialId { get; private set; }

    public string FromCity => From == FromSolution ? SolutionCity : ChallengeCity;
    public string ToCity => From == FromSolution ? ChallengeCity : SolutionCity;

    private Interest()
    {
    }

    public static Interest Express(Actor by, SolutionResponse solution, ChallengeResponse challenge, string? message, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        From = by.Role == Actor.Startup ? FromSolution : FromChallenge,
        SolutionId = solution.Id,
        SolutionCity = solution.City,
        SolutionTitle = new(solution.Title),
        SolutionProvider = solution.Provider.Name ?? "",
        ProviderOrganisationId = solution.Provider.OrganisationId,
        ChallengeId = challenge.Id,
        ChallengeCity = challenge.City,
        ChallengeTitle = new(challenge.Title),
        Message = message,
        ExpressedBy = by.Organisation,
        ExpressedAt = now,
    };

    /// <summary>The copy another city keeps of an interest expressed there.</summary>
    public static Interest Received(InterestExpressed m) => new()
    {
        Id = m.InterestId, From = m.From, SolutionId = m.SolutionId, SolutionCity = m.SolutionCity, SolutionTitle = new(m.SolutionTitle ?? new Dictionary<string, string>()),
        SolutionProvider = m.SolutionProvider ?? "", ProviderOrganisationId = m.ProviderOrganisationId, ChallengeId = m.ChallengeId,
        ChallengeCity = m.ChallengeCity, ChallengeTitle = new(m.ChallengeTitle ?? new Dictionary<string, string>()), Message = m.Message,
        ExpressedBy = m.ExpressedBy ?? "", ExpressedAt = m.ExpressedAt,
    };

    /// <summary>Whether <paramref name="by"/> is the other side, who answers: the challenge city's agency, or the solution's company.</summary>
    public bool IsAnsweredBy(Actor by) => From == FromSolution
        ? by.IsAgencyOf(ChallengeCity)
        : by.IsStartupOf(SolutionCity, ProviderOrganisationId);

    /// <summary>Whether <paramref name="by"/> may see this interest: either side of it in their own city, or the secretariat.</summary>
    public bool IsVisibleTo(Actor by) =>
        by.IsAgencyOf(ChallengeCity) || by.IsStartupOf(SolutionCity, ProviderOrganisationId) || by.Role == Actor.Secretariat;

    public StepResult Answer(Actor by, bool accepted, string? note, DateTimeOffset now) =>
        !IsAnsweredBy(by)
            ? StepResult.Forbidden(From == FromSolution
                ? $"Only an agency of {ChallengeCity}, the challenge's city, answers this interest."
                : $"Only {SolutionProvider}, the solution's provider, answers this interest.")
            : Apply(accepted, note, now);

    /// <summary>The answer as the other cities learn it; the same answer again changes nothing.</summary>
    public StepResult Apply(bool accepted, string? note, DateTimeOffset at)
    {
        var status = accepted ? Accepted : Declined;
        if (Status == status) return StepResult.Unchanged;
        if (Status != Waiting) return StepResult.Conflict($"This interest was already {Status}.");
        (Status, AnswerNote, AnsweredAt) = (status, note, at);
        return StepResult.Ok;
    }

    /// <summary>Whether the company of an accepted interest may turn it into a trial application now.</summary>
    public StepResult CanBecomeTrial(Actor by) =>
        !by.IsStartupOf(SolutionCity, ProviderOrganisationId) ? StepResult.Forbidden($"Only {SolutionProvider}, the solution's provider, applies for a trial.")
        : Status != Accepted ? StepResult.Conflict($"Only an accepted interest becomes a trial application; this one is {Status}.")
        : TrialId is not null ? StepResult.Conflict($"This interest already became trial {TrialId}.")
        : StepResult.Ok;

    public void BecameTrial(Guid trialId) => TrialId = trialId;

    public InterestResponse ToResponse() => new(Id, From, SolutionId, SolutionCity, SolutionTitle, SolutionProvider, ChallengeId, ChallengeCity,
        ChallengeTitle, Message, ExpressedBy, ExpressedAt, Status, AnswerNote, AnsweredAt, TrialId);

    public InterestExpressed ToMessage() => new(Id, FromCity, From, SolutionId, SolutionCity, SolutionTitle, SolutionProvider,
        ProviderOrganisationId, ChallengeId, ChallengeCity, ChallengeTitle, Message, ExpressedBy, ExpressedAt);
}
