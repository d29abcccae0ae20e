using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Fills one sentence template. <c>{hero}</c> is a slot (<c>{Hero}</c> capitalises it), <c>{~big}</c> an
/// audience word, and <c>[simple|rich]</c> or <c>[children|teens|adults]</c> picks by audience.
/// </summary>
internal static partial class Template
{
    public static string Render(string template, IReadOnlyDictionary<string, string> slots, AudienceVoice voice, StoryRandom rng)
    {
        var text = Alternatives().Replace(template, m => voice.Choose(m.Groups[1].Value.Split('|'), rng));
        text = Slot().Replace(text, m =>
        {
            var key = m.Groups[2].Value;
            if (m.Groups[1].Value == "~") return voice.Word(key);
            var lower = char.ToLowerInvariant(key[0]) + key[1..];
            if (!slots.TryGetValue(lower, out var value))
                throw new InvalidOperationException($"Template slot '{key}' is not filled: {template}");
            return char.IsUpper(key[0]) ? PromptReader.UpperFirst(value) : value;
        });
        text = Spaces().Replace(text, " ").Trim();
        return PromptReader.UpperFirst(text);
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]")] private static partial Regex Alternatives();
    [GeneratedRegex(@"\{(~?)(\w+)\}")] private static partial Regex Slot();
    [GeneratedRegex(@"[ ]{2,}")] private static partial Regex Spaces();
}
