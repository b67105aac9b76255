using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Federation.Portal.Localization;

/// <summary>
/// The portal's words. Keys are the English text; the files <c>Texts/*.json</c> (one per feature, built into
/// the assembly) give each key's <c>zh-TW</c> and <c>ko</c>. A key without a translation shows in English,
/// and the portal's tests list every such key, so a missing translation fails the build's tests, not a user.
/// </summary>
public sealed class Texts
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byKey;

    private Texts(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byKey) => _byKey = byKey;

    /// <summary>Every key with its translations (for the tests that check them).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All => _byKey;

    /// <summary><paramref name="key"/> in the language of this request.</summary>
    public string this[string key] =>
        _byKey.TryGetValue(key, out var languages) && languages.TryGetValue(CultureInfo.CurrentUICulture.Name, out var text)
            ? text : key;

    /// <summary>A text with <c>{0}</c>-style placeholders, filled in the request's culture.</summary>
    public string this[string key, params object?[] args] => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public static Texts Load(Assembly assembly)
    {
        var byKey = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Texts.") && n.EndsWith(".json")).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                ?? throw new InvalidDataException($"{name} is empty");
            foreach (var (key, languages) in file)
            {
                // The same words may appear in two features' files, but must be translated alike.
                if (byKey.TryGetValue(key, out var earlier) && !earlier.OrderBy(e => e.Key).SequenceEqual(languages.OrderBy(l => l.Key)))
                    throw new InvalidDataException($"{name}: \"{key}\" is translated differently in another Texts file");
                byKey[key] = languages;
            }
        }
        return new Texts(byKey);
    }
}
