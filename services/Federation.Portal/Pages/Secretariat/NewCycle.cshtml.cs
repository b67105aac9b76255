using System.Text.RegularExpressions;
using Federation.Contracts.Identity;
using Federation.Portal.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Portal.Pages.Secretariat;

[Authorize(Roles = Roles.Secretariat)]
public sealed partial class NewCycleModel(ISecretariatApi secretariat, TimeProvider time) : PortalPage
{
    [BindProperty] public CycleForm Input { get; set; } = new();

    public void OnGet()
    {
        Input = CycleForm.Defaults(time.GetUtcNow());
        Input.Pad();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Pad();
        if (!ModelState.IsValid) return Page();
        var cycle = await CallAsync(ct => secretariat.OpenCycleAsync(Input.ToRequest(), ct));
        if (cycle is null) return Page();
        Confirm(T["The cycle {0} ({1}) is open; every member city holds the call.", Awards.AwardWords.CycleNameText(cycle.Name, cycle.NameTranslations), cycle.Year]);
        return RedirectToPage("Cycle", new { id = cycle.Id });
    }

    // The service names fields as its request does (criteria[0].weight counts filled rows only).
    protected override string FormField(string serviceField)
    {
        if (CriterionField().Match(serviceField) is { Success: true } m)
        {
            var filled = Input.FilledRows();
            var index = int.Parse(m.Groups[1].Value);
            var row = index < filled.Count ? filled[index] : index;
            return $"Input.Criteria[{row}].{char.ToUpperInvariant(m.Groups[2].Value[0])}{m.Groups[2].Value[1..]}";
        }
        return serviceField switch
        {
            "tieBreak.rule" => "Input.TieBreakRule",
            "tieBreak.criterion" => "Input.TieBreakCriterion",
            "criteria" => "Input.Criteria",
            "nameTranslations.zh-TW" => "Input.NameZhTW",
            "nameTranslations.ko" => "Input.NameKo",
            _ when LabelNameField().Match(serviceField) is { Success: true } label => label.Groups[1].Value == "ko" ? "Input.LabelsKo" : "Input.LabelsZhTW",
            _ => serviceField.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(serviceField[0])}{serviceField[1..]}",
        };
    }

    [GeneratedRegex(@"^criteria\[(\d+)\]\.(key|name|weight)$")]
    private static partial Regex CriterionField();

    // labelNames.{label}.{language}: the label may hold dots, the language does not.
    [GeneratedRegex(@"^labelNames\..+\.(zh-TW|ko)$")]
    private static partial Regex LabelNameField();
}
