using Federation.Portal.Localization;

namespace Federation.Portal.Tests;

/// <summary>Every word the portal shows exists in Chinese and Korean: a missing translation fails here, not in front of a user.</summary>
public sealed partial class TextsTests
{
    private static readonly Texts Texts = Texts.Load(typeof(Program).Assembly);

    public static TheoryData<string> UsedKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in SourceFiles().SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value))).Distinct().Order())
            data.Add(key);
        return data;
    }

    [Theory]
    [MemberData(nameof(UsedKeys))]
    public void Every_text_the_pages_use_is_translated_into_chinese_and_korean(string key)
    {
        Assert.True(Texts.All.TryGetValue(key, out var languages), $"\"{key}\" is in no Texts/*.json file");
        foreach (var language in new[] { "zh-TW", "ko" })
            Assert.False(string.IsNullOrWhiteSpace(languages!.GetValueOrDefault(language)), $"\"{key}\" has no {language} translation");
    }

    [Fact]
    public void Translations_keep_every_placeholder_of_their_english_text()
    {
        foreach (var (key, languages) in Texts.All)
        {
            var placeholders = Placeholder().Matches(key).Select(m => m.Value).Order().ToList();
            foreach (var (language, text) in languages)
                Assert.True(placeholders.SequenceEqual(Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()),
                    $"\"{key}\" in {language} does not keep its placeholders: \"{text}\"");
        }
    }

    [Fact]
    public void The_pages_use_some_texts_at_all()
    {
        // Guards the scan above: if it found nothing, every translation test would pass vacuously.
        Assert.True(UsedKeys().Count > 40);
    }

    private static IEnumerable<string> SourceFiles()
    {
        var portal = Path.Combine(Repository.Root, "services", "Federation.Portal");
        return Directory.EnumerateFiles(portal, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
    }

    // T["text"] and T["text {0}", value]: the key is the first string literal.
    [GeneratedRegex("""\bT\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
