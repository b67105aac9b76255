using Federation.Portal.Pages.Secretariat;

namespace Federation.Portal.Tests;

public sealed class CycleFormTests
{
    [Fact]
    public void Each_label_s_translations_are_on_its_line_and_a_blank_line_leaves_it_untranslated()
    {
        var form = CycleForm.Defaults(DateTimeOffset.UtcNow);
        (form.Labels, form.LabelsZhTW, form.LabelsKo) = ("Winner\n\nMost Promising City Project\n", "首獎\n最具潛力城市專案", "\n가장 유망한 도시 프로젝트");
        (form.NameZhTW, form.NameKo) = ("  GO SMART 獎 ", "");

        var request = form.ToRequest();

        Assert.Equal(["Winner", "Most Promising City Project"], request.Labels);
        Assert.Equal(new Dictionary<string, string> { ["zh-TW"] = "GO SMART 獎" }, request.NameTranslations);
        Assert.Equal(new Dictionary<string, string> { ["zh-TW"] = "首獎" }, request.LabelNames!["Winner"]);
        Assert.Equal(new Dictionary<string, string> { ["zh-TW"] = "最具潛力城市專案", ["ko"] = "가장 유망한 도시 프로젝트" },
            request.LabelNames["Most Promising City Project"]);
    }
}
