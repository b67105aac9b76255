namespace Federation.Identity.Features.Organisations;

/// <summary>An organisation's fields as an admin or a registering company sends them, checked.</summary>
internal sealed record OrganisationInput(string Kind, Dictionary<string, string> Names, string? Website)
{
    /// <param name="prefix">The fields' place in the body: "" at the top, "organisation." inside a registration.</param>
    /// <param name="kinds">The kinds the caller may give: a registering company cannot make itself a city agency.</param>
    public static OrganisationInput Read(InputProblems problems, OrganisationRequest? request, IReadOnlyList<string> kinds, string prefix = "")
    {
        if (request is null)
        {
            problems.Add(prefix.TrimEnd('.') is { Length: > 0 } field ? field : "body", FieldCodes.Required, "The organisation's kind and names are required.");
            return new("", [], null);
        }
        var kind = problems.OneOf($"{prefix}kind", request.Kind, kinds);
        var names = problems.Languages($"{prefix}names", request.Names, Organisation.MaxNameLength);
        var website = problems.WebAddress($"{prefix}website", request.Website);
        return new(kind, new Dictionary<string, string>(names), website);
    }

    public static OrganisationResponse ToResponse(Organisation o) =>
        new(o.Id, o.City, o.Kind, o.Names, o.DisplayName, o.Website, o.Status, o.StatusReason, o.CreatedAt, o.UpdatedAt);
}
