using System.Text.Json;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Stories;

/// <summary>Reads answers given as JSON, e.g. <c>{"scene": "...", "choices": ["...", "..."]}</c>, fenced or not, whole or cut off.</summary>
internal static partial class SceneJson
{
    private static readonly string[] ProseKeys = ["scene", "prose", "text", "story", "content", "narrative"];
    private static readonly string[] ChoiceKeys = ["choices", "options", "next", "actions"];
    private static readonly string[] EndKeys = ["is_ending", "isEnding", "ending", "end", "the_end", "final"];

    [GeneratedRegex(@"""(?<key>scene|prose|text|story|content|narrative)""\s*:\s*""(?<value>(?:[^""\\]|\\.)*)(?<closed>"")?")]
    private static partial Regex ProseString();

    [GeneratedRegex(@"""(?:choices|options)""\s*:\s*\[(?<items>[^\]]*)")]
    private static partial Regex ChoiceArray();

    [GeneratedRegex(@"""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex JsonString();

    public sealed record Result(string Prose, List<string> Choices, bool IsEnding, bool Complete);

    /// <summary>The JSON payload of an answer that looks like JSON (optionally in a ``` fence), or null.</summary>
    public static string? Payload(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("```", StringComparison.Ordinal))
        {
            var newline = t.IndexOf('\n');
            if (newline < 0) return t.Length <= 7 ? "" : null; // "```json" still streaming
            t = t[(newline + 1)..];
            var close = t.LastIndexOf("```", StringComparison.Ordinal);
            if (close >= 0) t = t[..close];
            t = t.Trim();
        }
        return t.StartsWith('{') ? t : null;
    }

    public static Result? Read(string payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return FromObject(doc.RootElement);
        }
        catch (JsonException) { }
        return ReadLenient(payload);
    }

    private static Result? FromObject(JsonElement root)
    {
        string? prose = null;
        var choices = new List<string>();
        var ending = false;
        foreach (var p in root.EnumerateObject())
        {
            if (prose is null && ProseKeys.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
                prose = p.Value.GetString();
            else if (ChoiceKeys.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Array)
                choices.AddRange(p.Value.EnumerateArray().Select(ChoiceString).OfType<string>());
            else if (EndKeys.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.True)
                ending = true;
        }
        return prose is null && choices.Count == 0 ? null : new Result(prose ?? "", choices, ending, true);
    }

    private static string? ChoiceString(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Object => e.EnumerateObject()
            .FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.String && p.Name is "text" or "choice" or "label" or "description" or "option")
            .Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null,
        _ => null,
    };

    /// <summary>A cut-off or sloppy JSON answer: take the strings that are there.</summary>
    private static Result? ReadLenient(string payload)
    {
        var prose = ProseString().Match(payload);
        if (!prose.Success) return null;
        var choices = new List<string>();
        var array = ChoiceArray().Match(payload);
        if (array.Success)
        {
            foreach (Match s in JsonString().Matches(array.Groups["items"].Value))
                choices.Add(Unescape(s.Groups["value"].Value));
            // a last item still open ("Knock on the) is kept like any cut-off choice line
            var items = array.Groups["items"].Value;
            var lastQuote = items.LastIndexOf('"');
            if (!array.Value.EndsWith(']') && items.Count(c => c == '"') % 2 == 1 && lastQuote >= 0)
                choices.Add(Unescape(items[(lastQuote + 1)..]));
        }
        var ending = payload.Contains("\"is_ending\": true", StringComparison.OrdinalIgnoreCase)
            || payload.Contains("\"ending\": true", StringComparison.OrdinalIgnoreCase);
        return new Result(Unescape(prose.Groups["value"].Value), choices, ending, false);
    }

    /// <summary>The prose of a JSON answer still streaming, as far as it has arrived.</summary>
    public static string PartialProse(string payload)
    {
        var m = ProseString().Match(payload);
        return m.Success ? Unescape(m.Groups["value"].Value) : "";
    }

    private static string Unescape(string raw)
    {
        // drop a dangling backslash or half a \u escape left by a cut
        var cut = raw.LastIndexOf('\\');
        if (cut >= 0 && cut >= raw.Length - 5 && !(cut >= 1 && raw[cut - 1] == '\\'))
        {
            var tail = raw[cut..];
            if (tail.Length == 1 || (tail[1] == 'u' && tail.Length < 6)) raw = raw[..cut];
        }
        try { return JsonSerializer.Deserialize<string>("\"" + raw + "\"") ?? ""; }
        catch (JsonException) { return raw.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal); }
    }
}
