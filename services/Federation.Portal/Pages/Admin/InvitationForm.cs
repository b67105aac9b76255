using Federation.Contracts.Identity;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Federation.Portal.Pages.Admin;

/// <summary>An invitation as its form binds it (as Invite): the person, their organisation, roles and mail language.</summary>
public sealed class InvitationForm
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? Language { get; set; }

    public InvitationRequest ToRequest() =>
        new(Email?.Trim(), DisplayName?.Trim(), OrganisationId, [.. Roles.Distinct()], Language);

    public void Check(ModelStateDictionary state, Texts T)
    {
        if (string.IsNullOrWhiteSpace(Email)) state.AddModelError("Invite.Email", T["Enter the person's e-mail address."]);
        if (string.IsNullOrWhiteSpace(DisplayName)) state.AddModelError("Invite.DisplayName", T["Enter the name to show for the person."]);
        if (OrganisationId is null) state.AddModelError("Invite.OrganisationId", T["Choose the person's organisation."]);
        if (Roles.Count == 0) state.AddModelError("Invite.Roles", T["Give the person at least one role."]);
    }

    /// <summary>The input a service's error key (<c>email</c>, <c>roles[1]</c>) belongs beside.</summary>
    public static string FormField(string serviceField) => serviceField switch
    {
        "email" => "Invite.Email",
        "displayName" => "Invite.DisplayName",
        "organisationId" => "Invite.OrganisationId",
        "language" => "Invite.Language",
        _ when serviceField.StartsWith("roles") => "Invite.Roles",
        _ => serviceField,
    };
}
