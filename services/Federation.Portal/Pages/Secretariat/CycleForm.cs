using Federation.Contracts.Awards;
using Federation.Portal.Pages.Catalog.Manage;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>
/// The form that opens a cycle. Without script the criteria are a fixed number of rows; blank rows are
/// left out. Times are datetime-local values read as UTC. The name and labels are English first (winners are
/// chosen by the English labels); their Chinese and Korean are optional, one line per label in the English order.
/// </summary>
public sealed class CycleForm
{
    public const int CriterionRows = 6;

    public int? Year { get; set; }
    public string? Name { get; set; }
    public string? NameZhTW { get; set; }
    public string? NameKo { get; set; }
    public string? Labels { get; set; }
    public string? LabelsZhTW { get; set; }
    public string? LabelsKo { get; set; }
    public List<CriterionRow> Criteria { get; set; } = [];
    public DateTime? NominationOpens { get; set; }
    public DateTime? NominationCloses { get; set; }
    public DateTime? JudgingOpens { get; set; }
    public DateTime? JudgingCloses { get; set; }
    public int? Finalists { get; set; }
    public int? Winners { get; set; }
    public bool NormaliseScores { get; set; }
    public string? TieBreakRule { get; set; }
    public string? TieBreakCriterion { get; set; }
    public bool RequiresVerifiedTrial { get; set; }

    /// <summary>The GO SMART Award's usual call: its labels and weighted criteria, nominations open now for a month.</summary>
    public static CycleForm Defaults(DateTimeOffset now) => new()
    {
        Year = now.Year,
        Name = "GO SMART Award",
        Labels = "Winner\nMost Promising City Project",
        Criteria = [.. AwardVocabulary.DefaultCriteria.Select(c => new CriterionRow { Key = c.Key, Name = c.Name, Weight = c.Weight })],
        NominationOpens = SecretariatWords.Input(now),
        NominationCloses = SecretariatWords.Input(now.AddDays(30)),
        JudgingOpens = SecretariatWords.Input(now.AddDays(30)),
        JudgingCloses = SecretariatWords.Input(now.AddDays(60)),
        Finalists = 5,
        Winners = 2,
    };

    /// <summary>The rows as the page shows them: always <see cref="CriterionRows"/>.</summary>
    public void Pad()
    {
        while (Criteria.Count < CriterionRows) Criteria.Add(new CriterionRow());
    }

    /// <summary>Rows with anything in them, with their place on the form (the service counts only these).</summary>
    public IReadOnlyList<int> FilledRows() =>
        [.. Criteria.Select((c, i) => (c, i)).Where(x => !x.c.IsBlank).Select(x => x.i)];

    public OpenCycleRequest ToRequest()
    {
        var filled = FilledRows();
        List<string> labels = [.. Lines(Labels).Where(l => l.Length > 0)];
        var (zhTW, ko) = (Lines(LabelsZhTW), Lines(LabelsKo));
        var labelNames = labels.Select((label, i) => (label, names: CatalogForm.Languages(null, zhTW.ElementAtOrDefault(i), ko.ElementAtOrDefault(i))))
            .Where(l => l.names.Count > 0).ToDictionary(l => l.label, l => (IReadOnlyDictionary<string, string>)l.names);
        return new OpenCycleRequest(Year, Name, labels,
            filled.Count == 0 ? null : [.. filled.Select(i => new CriterionRequest(Criteria[i].Key?.Trim(), Criteria[i].Name?.Trim(), Criteria[i].Weight))],
            SecretariatWords.Utc(NominationOpens), SecretariatWords.Utc(NominationCloses), SecretariatWords.Utc(JudgingOpens),
            SecretariatWords.Utc(JudgingCloses), Finalists, Winners, NormaliseScores,
            string.IsNullOrEmpty(TieBreakRule) ? null : new TieBreakRequest(TieBreakRule, string.IsNullOrWhiteSpace(TieBreakCriterion) ? null : TieBreakCriterion.Trim()),
            RequiresVerifiedTrial)
        {
            NameTranslations = CatalogForm.Languages(null, NameZhTW, NameKo),
            LabelNames = labelNames,
        };
    }

    // A translation's blank line is kept: it holds the place of a label left untranslated in that language.
    private static string[] Lines(string? text) => [.. (text ?? "").Split('\n').Select(l => l.Trim())];
}

public sealed class CriterionRow
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public decimal? Weight { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Name) && Weight is null;
}
