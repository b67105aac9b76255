namespace Federation.Awards.Features.Cycles;

/// <summary>
/// How long and how many each field of a cycle may be, stated once: the cycle is opened with these and the
/// later steps (winners by label, publication) read the same, so a cycle that opens can always be published.
/// </summary>
public static class CycleLimits
{
    public const int NameLength = 200;
    public const int Labels = 20;
    public const int LabelLength = 200;
    public const int Criteria = 20;
    public const int CriterionKeyLength = 40;
    public const int CriterionNameLength = 100;
    public const int ReasonLength = 2000;
    public const int AnnouncementLength = 4000;
    public const int MostEntries = 100;
}
