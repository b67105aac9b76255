using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.ServiceDefaults.Auth;

namespace Federation.Identity.Features.Organisations;

/// <summary>
/// Changes to an organisation's standing: an agency of the city decides a company's registration; the node's
/// admins suspend and reinstate. Each is audited.
/// </summary>
internal static class OrganisationDecisions
{
    /// <param name="Tell">The e-mail its people get, if any.</param>
    private sealed record Step(string Action, string From, string To, bool NeedsReason, Action<AccountMails, CityUser, string>? Tell = null);

    private static readonly Step Approval = new("organisation.approved", OrganisationStatuses.Pending, OrganisationStatuses.Active, false,
        (mails, person, _) => mails.Approved(person));
    private static readonly Step Rejection = new("organisation.rejected", OrganisationStatuses.Pending, OrganisationStatuses.Rejected, true,
        (mails, person, reason) => mails.Rejected(person, reason));
    private static readonly Step Suspension = new("organisation.suspended", OrganisationStatuses.Active, OrganisationStatuses.Suspended, true);
    private static readonly Step Reinstatement = new("organisation.reinstated", OrganisationStatuses.Suspended, OrganisationStatuses.Active, false);

    public static void MapOrganisationDecisions(this RouteGroupBuilder group)
    {
        group.MapPost("/{id}/approval", (string id, OrganisationDecisionRequest? request, [AsParameters] StepContext c) => TakeAsync(Approval, id, request, c))
            .RequireAuthorization(Policies.Agency).WithSummary("Approve a company's registration: its people can sign in");
        group.MapPost("/{id}/rejection", (string id, OrganisationDecisionRequest? request, [AsParameters] StepContext c) => TakeAsync(Rejection, id, request, c))
            .RequireAuthorization(Policies.Agency).WithSummary("Reject a company's registration, saying why");
        group.MapPost("/{id}/suspension", (string id, OrganisationDecisionRequest? request, [AsParameters] StepContext c) => TakeAsync(Suspension, id, request, c))
            .RequireAuthorization(Policies.Admin).WithSummary("Suspend an organisation, saying why: its people can no longer sign in");
        group.MapPost("/{id}/reinstatement", (string id, OrganisationDecisionRequest? request, [AsParameters] StepContext c) => TakeAsync(Reinstatement, id, request, c))
            .RequireAuthorization(Policies.Admin).WithSummary("Reinstate a suspended organisation");
    }

    /// <summary>What every decision needs, bound as one parameter.</summary>
    internal sealed record StepContext(UserDbContext Db, AccountMails Mails, ClaimsPrincipal User, Connect.SessionEnd Sessions, TimeProvider Time,
        CancellationToken Aborted);

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> TakeAsync(
        Step step, string id, OrganisationDecisionRequest? request, [AsParameters] StepContext c)
    {
        if (!Guid.TryParse(id, out var organisationId)) return InputProblems.One("id", FieldCodes.NotAnId, $"'{id}' is not an organisation id.");
        var problems = new InputProblems();
        var reason = problems.Text("reason", request?.Reason, 2000, required: step.NeedsReason);
        if (problems.Any) return problems.ToResult();
        if (await c.Db.Organisations.FindAsync([organisationId], c.Aborted) is not { } organisation)
            return StepProblems.NotFound("organisation", organisationId);
        if (organisation.Status != step.From)
            return StepProblems.NotPossibleNow($"{organisation.DisplayName} is {organisation.Status}: this step is for a {step.From} organisation.");

        var before = OrganisationInput.ToResponse(organisation);
        var now = c.Time.GetUtcNow();
        organisation.SetStatus(step.To, reason.Length == 0 ? null : reason, now);
        var after = OrganisationInput.ToResponse(organisation);
        c.Db.AuditLog.Add(AuditEntry.Of(c.User, step.Action, OrganisationEndpoints.Subject(organisation), before, after, now));
        if (step.Tell is { } tell)
            foreach (var person in await c.Db.Users.Where(u => u.OrganisationId == organisation.Id && u.Email != null).ToListAsync(c.Aborted))
                tell(c.Mails, person, reason);
        await c.Db.SaveChangesAsync(c.Aborted);
        // A suspended organisation's people lose their refresh tokens: their portal sessions end at the next refresh.
        if (step == Suspension)
            foreach (var personId in await c.Db.Users.Where(u => u.OrganisationId == organisation.Id).Select(u => u.Id).ToListAsync(c.Aborted))
                await c.Sessions.ForAsync(personId, c.Aborted);
        return TypedResults.Ok(after);
    }
}
